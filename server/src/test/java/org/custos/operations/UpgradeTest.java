package org.custos.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.support.Api;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade path: a database at the schema of the previous release ({@link #PREVIOUS_RELEASE}, built by Flyway
 * from this tree's migrations up to that version) holding that release's data (written through its API by
 * {@link UpgradeFixtureGenerator}) is migrated by the current server on start; every row of every table is still
 * there with the same values, the records read back through the API and the ledger audit passes.
 */
class UpgradeTest {

    /**
     * The highest migration of the previous release (0.1, commit 8ab7487). At each release: set it to that
     * release's highest version and run {@link UpgradeFixtureGenerator} on the release's code.
     */
    static final String PREVIOUS_RELEASE = "7.0";

    /**
     * Tables whose rows change by design, not by a migration: the tree head (checked by the audit instead), the
     * checkpoints (the fixture has none: its key is not kept, the upgraded server signs its first one), and the
     * release dates, recomputed at start when the rule set changed.
     */
    private static final Set<String> DERIVED = Set.of("ledger_tree", "ledger_checkpoint", "release_dates");

    @TempDir
    Path tmp;

    @Test
    void theDatabaseOfThePreviousReleaseMigratesWithItsDataIntact() throws Exception {
        String fixture = "/upgrade/V" + PREVIOUS_RELEASE.replace('.', '_') + "/";
        Properties manifest = new Properties();
        try (InputStream in = UpgradeTest.class.getResourceAsStream(fixture + "manifest.properties")) {
            manifest.load(in);
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg")).start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(PREVIOUS_RELEASE)
                    .load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            // the fixture is the whole content of the release's database: it replaces the rows the migrations seed
            jdbc.sql("truncate " + String.join(", ", TableDigests.columns(jdbc).keySet()) + " cascade").update();
            new JdbcTemplate(ds).execute(dataOf(fixture + "data.sql"));
            Map<String, List<String>> columns = TableDigests.columns(jdbc);
            DERIVED.forEach(columns::remove);
            Map<String, Set<String>> before = TableDigests.of(jdbc, columns);
            assertThat(before.get("person")).as("the fixture loaded").hasSize(8);

            try (RunningServer server = RunningServer.start("--custos.data-dir=" + tmp.resolve("data"),
                    "--custos.db.url=" + pg.getJdbcUrl("postgres", "postgres"), "--custos.db.user=postgres")) {
                Map<String, Set<String>> after = TableDigests.of(jdbc, columns);
                before.forEach((table, rows) -> assertThat(after.get(table))
                        .as("every row of %s, unchanged", table).containsAll(rows));
                Api clerk = Api.as(server.port(), manifest.getProperty("clerk"));
                for (String person : manifest.getProperty("persons").split(",")) {
                    assertThat(clerk.get("/api/v1/persons/" + person + "?purpose=upgrade").status()).isEqualTo(200);
                }
                JsonNode convicted = file(clerk, manifest.getProperty("convicted"));
                assertThat(convicted.get("legalStatus").asString()).isEqualTo("CONVICTED");
                assertThat(convicted.get("legalStatusHistory")).hasSize(2);
                JsonNode corrected = file(clerk, manifest.getProperty("corrected"));
                assertThat(corrected.get("identity").get("firstSurname").asString()).isEqualTo("Gómez");
                assertThat(corrected.get("corrections").get(0).get("oldValue").asString()).isEqualTo("García");
                assertThat(file(clerk, manifest.getProperty("released")).get("held").asBoolean()).isFalse();
                assertThat(clerk.get("/api/v1/persons?q=gomez%20jose").json().get("total").asLong()).isEqualTo(1);
                Api monitor = Api.as(server.port(), manifest.getProperty("monitor"));
                JsonNode audit = monitor.post("/api/v1/ledger/audit", "{}").json();
                assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
                // the rows of the previous release were committed once at this first start (content v2 baseline)
                assertThat(jdbc.sql("select count(*) from ledger_row r join event_outbox o on o.event_id = r.event_id"
                        + " where o.event_type = 'RecordsBaselined' and r.table_name = 'person'")
                        .query(Long.class).single()).isEqualTo(8);
                // so were the rows of tables covered since (the facility, covered with the gate and movements)
                assertThat(jdbc.sql("select count(*) from ledger_row r join event_outbox o on o.event_id = r.event_id"
                        + " where o.event_type = 'RecordsBaselined' and r.table_name = 'facility'")
                        .query(Long.class).single()).isEqualTo(before.get("facility").size());
            }
        }
    }

    private static JsonNode file(Api clerk, String person) {
        return clerk.get("/api/v1/persons/" + person + "?purpose=upgrade").json();
    }

    /** The dump without psql's meta-commands ({@code \restrict}), which JDBC does not understand. */
    private static String dataOf(String resource) throws Exception {
        try (InputStream in = UpgradeTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("\\")).collect(Collectors.joining("\n"));
        }
    }
}
