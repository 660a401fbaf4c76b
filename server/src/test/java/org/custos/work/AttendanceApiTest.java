package org.custos.work;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attendance through the API: a shift's roster in one request, and each bad input refused whole with the field
 * named ({@code records[1].hours}) and nothing written — not allocated, a future date, a second record for the
 * session, hours above the session's length; the CSV import refuses the same.
 */
@CustosTest
class AttendanceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    JdbcClient jdbc;

    WorkFixtures fx;
    UUID programme;
    UUID a;
    UUID b;
    UUID stranger;
    String path;

    @BeforeEach
    void setUp() {
        fx = new WorkFixtures(port, users, facilities, admissions);
        programme = fx.createProgramme(fx.programme("WORKSHOP"));
        a = fx.admit(LegalStatusKind.CONVICTED).personId();
        b = fx.admit(LegalStatusKind.CONVICTED).personId();
        stranger = fx.admit(LegalStatusKind.CONVICTED).personId();
        for (UUID p : List.of(a, b)) {
            fx.fit(p, false);
            fx.allocate(p, programme);
        }
        path = "/api/v1/work/programmes/" + programme + "/attendance";
    }

    private Map<String, Object> roster(String date, Object... marks) {
        return Map.of("date", date, "records", List.of(marks));
    }

    private long records() {
        return jdbc.sql("select count(*) from work_attendance where programme_id = :g").param("g", programme)
                .query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("select count(*) from event_outbox where event_type = 'AttendanceRecorded' and subject_id in (:a, :b)")
                .param("a", a).param("b", b).query(Long.class).single();
    }

    private void refused(Api.Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.toString()).as(r.body()).contains("\"field\":\"" + field + "\"", "\"code\":\"" + code + "\"");
        assertThat(records()).isZero();
        assertThat(events()).isZero();
    }

    @Test
    void aRosterIsRecordedInOneRequestWithItsEvents() {
        String today = WorkFixtures.today().toString();
        Api.Response r = fx.manager.post(path, Api.json(roster(today, Map.of("personId", a),
                Map.of("personId", b, "outcome", "SICK"))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("recorded").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select hours from work_attendance where person_id = :p").param("p", a)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("8");
        assertThat(events()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from ledger_entry l join event_outbox o on o.event_id = l.event_id"
                        + " where o.event_type = 'AttendanceRecorded' and o.subject_id in (:a, :b)")
                .param("a", a).param("b", b).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPersonNotAllocatedIsRefused() {
        refused(fx.manager.post(path, Api.json(roster(WorkFixtures.today().toString(), Map.of("personId", a),
                Map.of("personId", stranger)))), "records[1].personId", "work.NOT_ALLOCATED");
    }

    @Test
    void aDateInTheFutureIsRefused() {
        refused(fx.manager.post(path, Api.json(roster(WorkFixtures.today().plusDays(1).toString(), Map.of("personId", a)))),
                "date", "work.DATE_IN_FUTURE");
    }

    @Test
    void hoursAboveTheSessionAreRefused() {
        refused(fx.manager.post(path, Api.json(roster(WorkFixtures.today().toString(), Map.of("personId", a),
                Map.of("personId", b, "hours", 9)))), "records[1].hours", "work.HOURS_ABOVE_SESSION");
    }

    @Test
    void aSecondRecordForTheSessionIsRefused() {
        String today = WorkFixtures.today().toString();
        assertThat(fx.manager.post(path, Api.json(roster(today, Map.of("personId", a)))).status()).isEqualTo(201);
        Api.Response again = fx.manager.post(path, Api.json(roster(today, Map.of("personId", b), Map.of("personId", a))));
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.json().get("errors").toString()).contains("records[1].personId", "work.ATTENDANCE_EXISTS");
        assertThat(records()).isEqualTo(1);
        Api.Response twice = fx.manager.post(path, Api.json(roster(today, Map.of("personId", b), Map.of("personId", b))));
        assertThat(twice.json().get("errors").toString()).contains("records[1].personId", "work.DUPLICATE_IN_REQUEST");
        assertThat(records()).isEqualTo(1);
    }

    @Test
    void theCsvImportRefusesTheSameAndRecordsAGoodShift() {
        String today = WorkFixtures.today().toString();
        String bookingA = jdbc.sql("select booking_number from work_person where person_id = :p").param("p", a)
                .query(String.class).single();
        String bookingB = jdbc.sql("select booking_number from work_person where person_id = :p").param("p", b)
                .query(String.class).single();
        String bad = "booking,outcome,hours\n" + bookingA + ",ATTENDED,8\n" + bookingB + ",ATTENDED,12\n";
        Api.Response r = fx.manager.send("POST", path + "?date=" + today, "text/csv", bad.getBytes());
        refused(r, "records[1].hours", "work.HOURS_ABOVE_SESSION");
        String good = "booking,outcome,hours\n" + bookingA + ",ATTENDED,8\n" + bookingB + ",REFUSED,\n";
        Api.Response ok = fx.manager.send("POST", path + "?date=" + today, "text/csv", good.getBytes());
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(records()).isEqualTo(2);
    }

    @Test
    void aMonitorReadsTheRosterButCannotRecord() {
        Api monitor = Api.as(port, users.with(org.custos.identity.Role.MONITOR));
        assertThat(monitor.get(path + "?date=" + WorkFixtures.today()).status()).isEqualTo(200);
        assertThat(monitor.post(path, Api.json(roster(WorkFixtures.today().toString(), Map.of("personId", a)))).status())
                .isEqualTo(403);
        Api liaison = Api.as(port, users.with(org.custos.identity.Role.LIAISON, java.util.Set.of(), "US"));
        assertThat(liaison.get(path + "?date=" + WorkFixtures.today()).status()).isEqualTo(403);
        Api otherFacility = Api.as(port, users.with(org.custos.identity.Role.WORK_MANAGER, java.util.Set.of(org.custos.support.RegistryFixtures.facility(facilities)), null));
        assertThat(otherFacility.get(path + "?date=" + WorkFixtures.today()).status()).isEqualTo(404);
        assertThat(records()).isZero();
    }

    @Test
    void afterTheEditWindowACorrectionNeedsAReasonAndASecondPerson() {
        jdbc.sql("update work_allocation set created_at = created_at - interval '20 days' where person_id = :a")
                .param("a", a).update(); // allocated three weeks ago
        String old = WorkFixtures.today().minusDays(10).toString();
        Api.Response r = fx.manager.post(path, Api.json(roster(old, Map.of("personId", a))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String record = r.json().get("ids").get(0).asString();
        String correction = "/api/v1/work/attendance/" + record + "/corrections";
        Api.Response alone = fx.manager.post(correction, Api.json(Map.of("outcome", "SICK")));
        assertThat(alone.status()).isEqualTo(422);
        assertThat(alone.json().get("errors").toString()).contains("\"field\":\"reason\"", "\"field\":\"secondPerson\"",
                "work.SECOND_PERSON_REQUIRED");
        Api.Response self = fx.manager.post(correction, Api.json(Map.of("outcome", "SICK", "reason", "Certificado médico",
                "secondPerson", fx.managerName)));
        assertThat(self.json().get("errors").toString()).contains("work.SECOND_PERSON_INVALID");
        String second = users.with(org.custos.identity.Role.WORK_MANAGER);
        Api.Response ok = fx.manager.post(correction, Api.json(Map.of("outcome", "SICK", "reason", "Certificado médico",
                "secondPerson", second)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode history = fx.manager.get("/api/v1/work/attendance/" + record + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("outcome").asString()).isEqualTo("ATTENDED");
        assertThat(history.get(1).get("outcome").asString()).isEqualTo("SICK");
        assertThat(history.get(1).get("secondPerson").asString()).isEqualTo(second);
        assertThat(jdbc.sql("select hours from work_attendance where id = :id::uuid").param("id", record)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0");
    }

    @Test
    void aSuspendedAllocationIsRecordedOnlyAsSuspended() {
        UUID allocation = jdbc.sql("select id from work_allocation where person_id = :b").param("b", b).query(UUID.class).single();
        assertThat(fx.manager.post("/api/v1/work/allocations/" + allocation + "/status",
                Api.json(Map.of("status", "SUSPENDED", "reason", "Sanción disciplinaria"))).status()).isEqualTo(200);
        String today = WorkFixtures.today().toString();
        refused(fx.manager.post(path, Api.json(roster(today, Map.of("personId", a), Map.of("personId", b)))),
                "records[1].outcome", "work.ALLOCATION_SUSPENDED");
        Api.Response ok = fx.manager.post(path, Api.json(roster(today, Map.of("personId", a),
                Map.of("personId", b, "outcome", "SUSPENDED"))));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(records()).isEqualTo(2);
    }
}
