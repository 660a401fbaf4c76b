package org.custos.work;

import java.time.Duration;
import java.util.List;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work demo's seed rows (profiles, allocations, a month of attendance with its revisions, output), written by
 * bulk SQL, are committed by their batch events: after a small demo the record audit finds nothing in any work
 * table (before, every seeded row was {@code row-without-entry} once the tables were covered).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"custos.demo.enabled=true", "custos.demo.persons=1200", "custos.db.url="})
@ActiveProfiles("test")
@Tag("database")
@Import(TestUsers.class)
class WorkDemoAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemosSeedRowsAuditClean() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!loaded()) {
            assertThat(System.nanoTime()).as("the work demo loaded in 5 minutes").isLessThan(until);
            Thread.sleep(500);
        }
        long seeded = jdbc.sql("select count(*) from work_attendance where recorded_by = 'demo'").query(Long.class).single();
        assertThat(seeded).as("the demo seeded attendance").isPositive();
        long rosters = jdbc.sql("select count(*) from event_outbox where event_type = 'RosterRecorded'")
                .query(Long.class).single();
        assertThat(rosters).as("one roster event per programme and session day, not one per record")
                .isPositive().isLessThan(seeded / 2);
        assertThat(jdbc.sql("select count(*) from ledger_row where table_name = 'work_attendance'")
                .query(Long.class).single()).as("every seeded record committed").isGreaterThanOrEqualTo(seeded);
        JsonNode report = Api.as(port, users.with(Role.MONITOR)).post("/api/v1/ledger/audit", "{}").json();
        List<String> work = report.get("findings").valueStream().filter(f -> f.hasNonNull("table")
                && (f.get("table").asString().startsWith("work_") || f.get("table").asString().equals("oversight_person")))
                .map(JsonNode::toString).toList();
        assertThat(work).as(report.toString()).isEmpty();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
    }

    /** The demo's programmes are in and its background thread has finished. */
    private boolean loaded() {
        return jdbc.sql("select count(*) from work_programme where code like 'PCO-%'").query(Long.class).single() > 0
                && Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("demo-work"));
    }
}
