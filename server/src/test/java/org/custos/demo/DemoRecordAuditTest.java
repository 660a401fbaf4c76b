package org.custos.demo;

import java.util.List;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset seeds facilities through the service and housing, sentencing and work with bulk SQL (cells,
 * placements, sentences, approved work days, allocations, a month of attendance): every row it writes in a covered
 * table is named by an event ({@code FacilityRegistered}, the admissions, the housing, sentencing and work batch
 * events such as {@code RosterRecorded}), so the record audit of a fresh demo, once its work part is in, is clean. Its own embedded database (the demo needs an empty one).
 */
@CustosTest
class DemoRecordAuditTest {

    /** Housing and sentencing tables the demo fills (the audit must have read rows of each). */
    private static final List<String> SEEDED = List.of("housing_unit", "cell", "capacity_version", "housing_person",
            "placement", "sentencing_person", "sentence_rev", "credit_rev", "credit_day", "work_person",
            "work_programme", "work_allocation", "work_attendance", "work_attendance_rev", "oversight_person");

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry r) {
        r.add("custos.db.url", () -> ""); // the demo needs an empty database: its own embedded one
        r.add("custos.demo.enabled", () -> "true");
        r.add("custos.demo.persons", () -> "300");
    }

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoDatasetAuditsClean() throws InterruptedException {
        long until = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (!workLoaded()) {
            assertThat(System.nanoTime()).as("the work demo loaded in 5 minutes").isLessThan(until);
            Thread.sleep(500);
        }
        long seeded = jdbc.sql("select count(*) from work_attendance where recorded_by = 'demo'").query(Long.class).single();
        assertThat(seeded).as("the demo seeded attendance").isPositive();
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'RosterRecorded'").query(Long.class)
                .single()).as("one roster event per programme and session day, not one per record")
                .isPositive().isLessThan(seeded / 2);
        long facilities = jdbc.sql("select count(*) from facility").query(Long.class).single();
        assertThat(facilities).isEqualTo(DemoFacilities.ALL.size());
        assertThat(jdbc.sql("select count(distinct row_key) from ledger_row where table_name = 'facility'")
                .query(Long.class).single()).as("every demo facility committed").isEqualTo(facilities);
        assertThat(jdbc.sql("select count(*) from ledger_row where table_name = 'agreement'").query(Long.class).single())
                .as("the demo agreement committed by AgreementRecorded").isEqualTo(1);
        for (String table : SEEDED) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isPositive();
        }
        Api.Response r = Api.as(port, users.with(Role.MONITOR)).post("/api/v1/ledger/audit", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        List<String> findings = report.get("findings").valueStream()
                .map(f -> f.get("kind").asString() + " " + (f.hasNonNull("table") ? f.get("table").asString() : "")
                        + " " + (f.hasNonNull("recordKey") ? f.get("recordKey").asString() : "")).limit(20).toList();
        assertThat(findings).as(report.get("findingCount").asLong() + " findings").isEmpty();
        assertThat(report.get("ok").asBoolean()).isTrue();
    }

    /** The demo's programmes are in and its background thread has finished. */
    private boolean workLoaded() {
        return jdbc.sql("select count(*) from work_programme where code like 'PCO-%'").query(Long.class).single() > 0
                && Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("demo-work"));
    }
}
