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
 * events such as {@code RosterRecorded}, and oversight's registers, written through its services with their events), so the record audit of a fresh demo, once its work part is in, is clean. Its own embedded database (the demo needs an empty one).
 */
@CustosTest
class DemoRecordAuditTest {

    /** Housing and sentencing tables the demo fills (the audit must have read rows of each). */
    private static final List<String> SEEDED = List.of("housing_unit", "cell", "capacity_version", "housing_person",
            "placement", "sentencing_person", "sentence_rev", "credit_rev", "credit_day", "work_person",
            "work_programme", "work_allocation", "work_attendance", "work_attendance_rev", "oversight_person",
            "oversight_regime_day", "oversight_reading", "oversight_segregation", "oversight_segregation_event",
            "oversight_restraint", "oversight_discipline", "oversight_complaint", "oversight_complaint_answer",
            "oversight_allegation", "oversight_death", "oversight_visit");

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
        // a small demo has about two workers per programme: the count of rosters is that of programme days, not half
        // the records (a fixed ratio failed whenever the allocation gave fewer than two workers a programme)
        long programmeDays = jdbc.sql("""
                select count(*) from (select distinct programme_id, session_date from work_attendance
                where recorded_by = 'demo') d""").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'RosterRecorded'").query(Long.class)
                .single()).as("one roster event per programme and session day, not one per record")
                .isEqualTo(programmeDays).isLessThan(seeded);
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

    /**
     * The demo's oversight registers, recorded through the services, make the compliance engine find what public
     * reporting describes at CECOT and what the demo made late elsewhere; what the rules refuse was never stored.
     */
    @Test
    void theDemoOversightRegistersShowRealViolationsAndNothingUnlawfulIsStored() throws InterruptedException {
        long until = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (!workLoaded()) {
            assertThat(System.nanoTime()).as("the demo loaded in 5 minutes").isLessThan(until);
            Thread.sleep(500);
        }
        Api.Response r = Api.as(port, users.with(Role.MONITOR)).get("/api/v1/oversight/facilities/CECOT/compliance");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> cecot = r.json().get("findings").valueStream()
                .map(f -> f.get("rule").asString() + " " + f.get("severity").asString()).distinct().toList();
        assertThat(cecot).contains("OUTDOOR_EXERCISE VIOLATION", "DE_FACTO_SOLITARY ALERT", "TEMPERATURE VIOLATION",
                "PROLONGED_SOLITARY VIOLATION", "RESTRAINTS ALERT", "ALLEGATION_REFERRAL VIOLATION",
                "DEATH_NOTIFICATION VIOLATION", "INSPECTION_OVERDUE ALERT", "COMPLAINT_DEADLINE ALERT");
        Api.Response esperanza = Api.as(port, users.with(Role.MONITOR))
                .get("/api/v1/oversight/facilities/LA-ESPERANZA/compliance");
        List<String> rules = esperanza.json().get("findings").valueStream().map(f -> f.get("rule").asString())
                .distinct().toList();
        assertThat(rules).contains("OUTDOOR_EXERCISE", "PROLONGED_SOLITARY", "RESTRAINTS", "COMPLAINT_DEADLINE")
                .doesNotContain("PROHIBITED_SANCTION", "DEATH_NOTIFICATION", "ALLEGATION_REFERRAL");
        assertThat(jdbc.sql("select count(*) from oversight_discipline where sanction_code = 'COLLECTIVE_PUNISHMENT'")
                .query(Long.class).single()).as("the collective sanction was refused, not stored").isZero();
        assertThat(jdbc.sql("select count(*) from oversight_discipline where facility_code = 'LA-ESPERANZA'")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from oversight_regime_day where recorded_by not in ('director-cecot', 'custodio')""")
                .query(Long.class).single()).as("recorded as the demo's accounts, never an English 'demo'").isZero();
    }

    /** The demo's programmes and oversight registers are in and their background threads have finished. */
    private boolean workLoaded() {
        return jdbc.sql("select count(*) from work_programme where code like 'PCO-%'").query(Long.class).single() > 0
                && jdbc.sql("select count(*) from oversight_visit").query(Long.class).single() > 0
                && Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("demo-work")
                        || t.getName().equals("demo-oversight"));
    }
}
