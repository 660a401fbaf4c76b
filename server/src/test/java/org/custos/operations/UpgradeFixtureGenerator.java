package org.custos.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.RegistryFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the data of a release for {@link UpgradeTest}: run it once, at the release, on the release's code
 * ({@code -Dgroups=fixture -DexcludedGroups= -Dtest=UpgradeFixtureGenerator}). It admits, changes a legal status,
 * corrects and releases through the API, then dumps the tables ({@code pg_dump --data-only}) into
 * {@code src/test/resources/upgrade/V<release>/}. Signed checkpoints are left out: they belong to the
 * throwaway ledger key of this run, which is not kept.
 */
@Tag("fixture")
class UpgradeFixtureGenerator {

    @TempDir
    Path tmp;

    @Test
    void writeTheFixtureOfThisRelease() throws Exception {
        Path out = Path.of("src/test/resources/upgrade/V" + UpgradeTest.PREVIOUS_RELEASE.replace('.', '_'));
        Files.createDirectories(out);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg")).start()) {
            List<String> manifest = new ArrayList<>();
            try (RunningServer server = RunningServer.start("--custos.data-dir=" + tmp.resolve("data"),
                    "--custos.db.url=" + pg.getJdbcUrl("postgres", "postgres"), "--custos.db.user=postgres")) {
                String facility = RegistryFixtures.facility(server.bean(FacilityDirectory.class));
                String clerkName = server.users().with(Role.RECORDS_CLERK);
                manifest.add("clerk=" + clerkName);
                manifest.add("monitor=" + server.users().with(Role.MONITOR));
                Api clerk = Api.as(server.port(), clerkName);
                List<String> persons = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Api.Response r = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)));
                    assertThat(r.status()).as(r.body()).isEqualTo(201);
                    persons.add(r.json().get("personId").asString());
                }
                String p = "/api/v1/persons/";
                assertThat(clerk.post(p + persons.get(0) + "/legal-status", Api.json(Map.of("kind", "CONVICTED",
                        "effectiveAt", RegistryFixtures.daysAgo(1).toString(), "basis", "Sentencia firme 45-2026")))
                        .status()).isEqualTo(201);
                assertThat(clerk.post(p + persons.get(1) + "/corrections", Api.json(Map.of("field", "firstSurname",
                        "newValue", "Gómez", "reason", "Error de transcripción; consta en el DUI"))).status())
                        .isEqualTo(201);
                assertThat(clerk.post(p + persons.get(2) + "/release", Api.json(Map.of("legalBasis",
                        "Cumplimiento de pena", "authority", "Juzgado de Vigilancia", "releasedAt",
                        RegistryFixtures.daysAgo(0).minusMinutes(5).toString(), "destination", "Domicilio")))
                        .status()).isEqualTo(201);
                manifest.add("convicted=" + persons.get(0));
                manifest.add("corrected=" + persons.get(1));
                manifest.add("released=" + persons.get(2));
                manifest.add("persons=" + String.join(",", persons));
                assertThat(AdmissionLoad.await(30, () -> Ledgers.caughtUp(server.jdbc()))).isTrue();
            }
            Process dump = new ProcessBuilder("pg_dump", "-h", "localhost", "-p", String.valueOf(pg.getPort()),
                    "-U", "postgres", "--data-only", "--inserts", "--disable-triggers", "--no-owner",
                    "--exclude-table=flyway_schema_history", "--exclude-table=ledger_checkpoint",
                    "--exclude-table=ledger_cosignature", "--exclude-table=ledger_witness",
                    "--exclude-table=ledger_audit", "-f", out.resolve("data.sql").toString(), "postgres")
                    .inheritIO().start();
            assertThat(dump.waitFor()).isZero();
            Files.write(out.resolve("manifest.properties"), manifest, StandardCharsets.UTF_8);
        }
    }
}
