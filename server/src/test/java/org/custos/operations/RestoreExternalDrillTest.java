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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The restore drill of docs/operations.md for an external database, with the server running: the local state
 * is archived first ({@code ./custos backup} with {@code CUSTOS_DB_URL} set), then the database dumped ({@code pg_dump -Fc}); more records are written after the
 * backup. Restored ({@code pg_restore} into a new database, the archive into a new data directory), the server
 * has every record of the backup, its audit passes and {@code custos verify} agrees with the checkpoint saved
 * before the backup. A PostgreSQL server started by the test plays the external server.
 */
class RestoreExternalDrillTest {

    @TempDir
    Path tmp;

    @Test
    void aDumpTakenAfterTheLedgerDirectoryRestoresEveryRecordAndTheSameLog() throws Exception {
        assumeTrue(run("pg_dump", "--version") == 0, "needs pg_dump and pg_restore (Debian: postgresql-client)");
        Path original = tmp.resolve("original");
        Path restored = tmp.resolve("restored");
        List<String> persons = new ArrayList<>();
        String clerkName;
        String monitorName;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg")).start()) {
            JdbcClient admin = JdbcClient.create(pg.getPostgresDatabase());
            admin.sql("create database custos_source").update();
            admin.sql("create database custos_restored").update();
            String port = String.valueOf(pg.getPort());
            String url = pg.getJdbcUrl("postgres", "custos_source");
            Path archive = tmp.resolve("custos-local.tar.gz");
            try (RunningServer server = onDatabase(pg, "custos_source", original)) {
                String facility = RegistryFixtures.facility(server.bean(FacilityDirectory.class));
                clerkName = server.users().with(Role.RECORDS_CLERK);
                monitorName = server.users().with(Role.MONITOR);
                Api clerk = Api.as(server.port(), clerkName);
                for (int i = 0; i < 9; i++) {
                    if (i == 6) {
                        assertThat(AdmissionLoad.await(30, () -> Ledgers.caughtUp(server.jdbc()))).isTrue();
                        Files.writeString(tmp.resolve("before.checkpoint"), Api.as(server.port(), monitorName)
                                .get("/ledger/checkpoint").body(), StandardCharsets.UTF_8);
                        RestoreDrillTest.Shell local = RestoreDrillTest.custos(Map.of("CUSTOS_DATA_DIR",
                                original.toString(), "CUSTOS_DB_URL", url), "backup", archive.toString());
                        assertThat(local.exit()).as(local.out()).isZero();
                        assertThat(local.out()).contains("only the local state");
                        assertThat(run("pg_dump", "-Fc", "-h", "localhost", "-p", port, "-U", "postgres",
                                "-d", "custos_source", "-f", tmp.resolve("custos.dump").toString())).isZero();
                    }
                    Api.Response r = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)));
                    assertThat(r.status()).as(r.body()).isEqualTo(201);
                    persons.add(r.json().get("personId").asString());
                }
            }
            RestoreDrillTest.Shell unpacked = RestoreDrillTest.custos(Map.of(), "restore", archive.toString(),
                    restored.toString());
            assertThat(unpacked.exit()).as(unpacked.out()).isZero();
            assertThat(run("pg_restore", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "custos_restored",
                    "--no-owner", tmp.resolve("custos.dump").toString())).isZero();
            long sizeBefore = Long.parseLong(Files.readAllLines(tmp.resolve("before.checkpoint")).get(1));

            try (RunningServer server = onDatabase(pg, "custos_restored", restored)) {
                Api clerk = Api.as(server.port(), clerkName);
                for (int i = 0; i < persons.size(); i++) {
                    assertThat(clerk.get("/api/v1/persons/" + persons.get(i) + "?purpose=restore%20drill").status())
                            .as("person " + i + (i < 6 ? ", admitted before the backup" : ", after it"))
                            .isEqualTo(i < 6 ? 200 : 404);
                }
                Api monitor = Api.as(server.port(), monitorName);
                JsonNode audit = monitor.post("/api/v1/ledger/audit", "{}").json();
                assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
                String key = monitor.get("/api/v1/ledger/key").body().strip();
                JsonNode verified = LogVerify.since(server.port(), monitorName, key, tmp.resolve("before.checkpoint"));
                assertThat(verified.get("status").asString()).as(verified.toString()).isEqualTo("verified");
                assertThat(verified.get("size").asLong()).isGreaterThanOrEqualTo(sizeBefore);
            }
        }
    }

    private static RunningServer onDatabase(EmbeddedPostgres pg, String database, Path dataDir) {
        return RunningServer.start("--custos.data-dir=" + dataDir, "--custos.db.user=postgres",
                "--custos.db.url=" + pg.getJdbcUrl("postgres", database));
    }

    private static int run(String... command) throws Exception {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            return 127;
        }
    }
}
