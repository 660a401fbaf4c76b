package org.custos.oversight;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.work.WorkFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is recorded for oversight, through the API: each register written with its event on the ledger, bad input
 * refused whole with the field named and nothing written; the confidential channel a warden cannot read; roles
 * (403) and facility scope (404).
 */
@CustosTest
class OversightApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    JdbcClient jdbc;

    OversightFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new OversightFixtures(port, users, facilities, admissions, documents);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where facility_code = :f").param("f", fx.facility)
                .query(Long.class).single();
    }

    private long ledgered(String eventType) {
        return jdbc.sql("select count(*) from ledger_entry l join event_outbox o on o.event_id = l.event_id"
                        + " where o.event_type = :t and o.facility_code = :f").param("t", eventType).param("f", fx.facility)
                .query(Long.class).single();
    }

    private static void refused(Api.Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").toString()).as(r.body())
                .contains("\"field\":\"" + field + "\"", "\"code\":\"" + code + "\"");
    }

    private static String ago(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours).toString();
    }

    @Test
    void aUnitsRegimeIsRecordedOnceWithExceptionsAndCorrectedByANewRevision() {
        UUID a = fx.admitAndPlace();
        UUID b = fx.admitAndPlace();
        String path = "/api/v1/oversight/units/" + fx.unit + "/regime";
        String day = WorkFixtures.today().toString();
        Api.Response r = fx.officer.post(path, Api.json(Map.of("day", day, "minutesOutOfCell", 30, "outdoorMinutes", 0,
                "meaningfulContact", false, "exceptions", List.of(Map.of("personId", a, "minutesOutOfCell", 120,
                        "outdoorMinutes", 60, "meaningfulContact", true, "note", "visita médica")))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("persons").asInt()).isEqualTo(1);
        assertThat(ledgered("RegimeRecorded")).isEqualTo(1);
        Api.Response again = fx.officer.post(path, Api.json(Map.of("day", day, "minutesOutOfCell", 30,
                "outdoorMinutes", 0, "meaningfulContact", false)));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        String id = r.json().get("id").asString();
        refused(fx.officer.post("/api/v1/oversight/regime/" + id + "/corrections", Api.json(Map.of(
                "minutesOutOfCell", 60, "outdoorMinutes", 60, "meaningfulContact", false))), "reason",
                "oversight.REASON_REQUIRED");
        Api.Response corrected = fx.officer.post("/api/v1/oversight/regime/" + id + "/corrections", Api.json(Map.of(
                "minutesOutOfCell", 60, "outdoorMinutes", 60, "meaningfulContact", false, "reason", "hora mal anotada")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("revision").asInt()).isEqualTo(2);
        assertThat(count("oversight_regime_day")).isEqualTo(2);
        refused(fx.officer.post(path, Api.json(Map.of("day", WorkFixtures.today().minusDays(1).toString(),
                "minutesOutOfCell", 30, "outdoorMinutes", 45, "meaningfulContact", false, "exceptions",
                List.of(Map.of("personId", fx.admit(), "minutesOutOfCell", 1, "outdoorMinutes", 2,
                        "meaningfulContact", true))))), "exceptions[0].personId", "oversight.NOT_IN_UNIT");
        assertThat(b).isNotNull();
    }

    @Test
    void readingsAreAllOrNothingWithEachLineNamed() {
        String ok = Map.of("cellId", fx.cell, "measuredAt", ago(2), "celsius", 35.5, "humidity", 80).toString();
        assertThat(ok).isNotEmpty();
        refused(fx.officer.post("/api/v1/oversight/readings", Api.json(Map.of("readings", List.of(
                Map.of("cellId", fx.cell, "measuredAt", ago(2), "celsius", 35.5),
                Map.of("cellId", fx.cell, "measuredAt", ago(1), "celsius", 95))))), "readings[1].celsius",
                "oversight.TEMPERATURE_OUT_OF_RANGE");
        refused(fx.officer.post("/api/v1/oversight/readings", Api.json(Map.of("readings", List.of(
                Map.of("cellId", UUID.randomUUID(), "measuredAt", ago(2), "celsius", 35.5))))), "readings[0].cellId",
                "oversight.CELL_UNKNOWN");
        String csv = "cellId,measuredAt,celsius,humidity\n" + fx.cell + "," + ago(3) + ",34.0,70\n" + fx.cell + ","
                + ago(2) + ",ninety,70\n";
        refused(fx.officer.send("POST", "/api/v1/oversight/readings", "text/csv", csv.getBytes()), "readings[1].celsius",
                "oversight.NUMBER_INVALID");
        assertThat(count("oversight_reading")).isZero();
        String good = fx.cell + "," + ago(3) + ",34.0,70\n" + fx.cell + "," + ago(2) + ",36.0,\n";
        Api.Response r = fx.officer.send("POST", "/api/v1/oversight/readings", "text/csv", good.getBytes());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(count("oversight_reading")).isEqualTo(2);
        assertThat(ledgered("ConditionsRecorded")).isEqualTo(2);
        Api.Response foreign = fx.otherOfficer.post("/api/v1/oversight/readings", Api.json(Map.of("readings", List.of(
                Map.of("cellId", fx.cell, "measuredAt", ago(2), "celsius", 30)))));
        refused(foreign, "readings[0].cellId", "oversight.CELL_UNKNOWN");
    }

    @Test
    void solitaryWithoutAnEndOrBeyondFifteenDaysAndRestraintsAsPunishmentAreRefused() {
        UUID p = fx.admitAndPlace();
        refused(fx.warden.post("/api/v1/oversight/segregations", Api.json(Map.of("personId", p, "kind", "SOLITARY",
                "ground", "riesgo", "authorizedBy", "Director", "startedAt", ago(1)))), "plannedEnd",
                "oversight.PLANNED_END_REQUIRED");
        refused(fx.warden.post("/api/v1/oversight/segregations", Api.json(Map.of("personId", p, "kind", "SOLITARY",
                "ground", "riesgo", "authorizedBy", "Director", "startedAt", ago(1),
                "plannedEnd", OffsetDateTime.now(ZoneOffset.UTC).plusDays(16).toString()))), "plannedEnd",
                "oversight.SOLITARY_BEYOND_LIMIT");
        assertThat(count("oversight_segregation")).isZero();
        Api.Response ok = fx.warden.post("/api/v1/oversight/segregations", Api.json(Map.of("personId", p,
                "kind", "SEGREGATION", "ground", "protección", "authorizedBy", "Director", "startedAt", ago(1),
                "plannedEnd", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString())));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        Api.Response visit = fx.officer.post("/api/v1/oversight/segregations/" + ok.json().get("id").asString()
                + "/events", Api.json(Map.of("kind", "HEALTH_VISIT", "at", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                "byWhom", "Dra. López")));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        refused(fx.officer.post("/api/v1/oversight/restraints", Api.json(Map.of("personId", p, "ground", "PUNISHMENT",
                "type", "HANDCUFFS", "startedAt", ago(1), "authorizedBy", "Jefe"))), "ground",
                "oversight.RESTRAINTS_AS_PUNISHMENT");
        assertThat(count("oversight_restraint")).isZero();
    }

    @Test
    void aProhibitedSanctionIsRefusedWithNothingWritten() {
        UUID p = fx.admitAndPlace();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("personId", p, "offenceCode", "DISTURBANCE",
                "noticeAt", ago(30), "hearingAt", ago(5), "defence", "no estuve", "decision", "culpable",
                "sanctionCode", "COLLECTIVE_PUNISHMENT"));
        refused(fx.warden.post("/api/v1/oversight/discipline", Api.json(body)), "sanctionCode",
                "oversight.SANCTION_PROHIBITED");
        body.put("sanctionCode", "REDUCTION_OF_FOOD");
        refused(fx.warden.post("/api/v1/oversight/discipline", Api.json(body)), "sanctionCode",
                "oversight.SANCTION_PROHIBITED");
        assertThat(count("oversight_discipline")).isZero();
        body.put("sanctionCode", "LOSS_OF_PRIVILEGES");
        assertThat(fx.warden.post("/api/v1/oversight/discipline", Api.json(body)).status()).isEqualTo(201);
        assertThat(ledgered("DisciplineDecided")).isEqualTo(1);
        assertThat(fx.officer.post("/api/v1/oversight/discipline", Api.json(body)).status()).isEqualTo(403);
    }

    @Test
    void aDeathWithoutNextOfKinInformedIsRefused() {
        UUID p = fx.admitAndPlace();
        refused(fx.warden.post("/api/v1/oversight/deaths", Api.json(Map.of("personId", p, "diedAt", ago(10),
                "place", "celda C-01", "circumstances", "encontrado sin vida", "kinInformedBy", "trabajo social",
                "authority", "Fiscalía General", "authorityInformedAt", ago(8)))), "kinInformedAt",
                "oversight.KIN_NOT_INFORMED");
        assertThat(count("oversight_death")).isZero();
    }

    @Test
    void theConfidentialChannelAndAllegationsAreForMonitorsOnly() {
        UUID p = fx.admitAndPlace();
        Api.Response c = fx.monitor.post("/api/v1/oversight/complaints", Api.json(Map.of("personId", p,
                "kind", "COMPLAINT", "subject", "golpes del custodio", "confidential", true)));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        Api.Response open = fx.officer.post("/api/v1/oversight/complaints", Api.json(Map.of("personId", p,
                "kind", "REQUEST", "subject", "colchón")));
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        Api.Response a = fx.officer.post("/api/v1/oversight/allegations", Api.json(Map.of("personId", p,
                "account", "dice que fue golpeado al ingresar")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(jdbc.sql("select referred_to from oversight_allegation where id = :id")
                .param("id", UUID.fromString(a.json().get("id").asString())).query(String.class).single())
                .contains("PDDH");
        assertThat(ledgered("AllegationReferred")).isEqualTo(1);
        String path = "/api/v1/oversight/facilities/" + fx.facility + "/registers";
        Api.Response asWarden = fx.warden.get(path);
        assertThat(asWarden.status()).isEqualTo(200);
        assertThat(asWarden.body()).doesNotContain("golpes del custodio", "golpeado").contains("colchón");
        assertThat(asWarden.json().get("allegations").size()).isZero();
        assertThat(fx.warden.post("/api/v1/oversight/complaints/" + c.json().get("id").asString() + "/answer",
                Api.json(Map.of("answer", "visto"))).status()).isEqualTo(404);
        Api.Response asMonitor = fx.monitor.get(path);
        assertThat(asMonitor.body()).contains("golpes del custodio");
        assertThat(asMonitor.json().get("allegations").size()).isEqualTo(1);
        assertThat(fx.otherOfficer.get(path).status()).isEqualTo(404);
        assertThat(fx.workManager.get(path).status()).isEqualTo(403);
    }

    @Test
    void aFindingAboutAConfidentialComplaintNamesThePersonToMonitorsOnly() {
        UUID p = fx.admitAndPlace();
        java.time.OffsetDateTime lodged = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(40);
        Api.Response c = fx.monitor.post("/api/v1/oversight/complaints", Api.json(Map.of("personId", p,
                "kind", "COMPLAINT", "subject", "golpes del custodio", "confidential", true,
                "lodgedAt", lodged.toString(), "deadline", lodged.toLocalDate().plusDays(10).toString())));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String path = "/api/v1/oversight/facilities/" + fx.facility + "/compliance";
        assertThat(deadlineSubjects(fx.monitor.get(path))).as("the monitor sees whose complaint is overdue")
                .contains(p.toString());
        List<String> asWarden = deadlineSubjects(fx.warden.get(path));
        assertThat(asWarden).as("the warden learns a complaint is overdue, not whose").isNotEmpty()
                .doesNotContain(p.toString()).containsOnlyNulls();
        assertThat(fx.warden.get(path).body()).doesNotContain(p.toString());
    }

    private static List<String> deadlineSubjects(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("findings").valueStream().filter(f -> "COMPLAINT_DEADLINE".equals(f.get("rule").asString()))
                .map(f -> f.hasNonNull("subjectId") ? f.get("subjectId").asString() : null).toList();
    }

    @Test
    void complianceShowsTheFindingsToMonitorsAndNotOutsideScope() {
        UUID a = fx.admitAndPlace();
        fx.admitAndPlace();
        assertThat(fx.officer.post("/api/v1/oversight/units/" + fx.unit + "/regime", Api.json(Map.of(
                "day", WorkFixtures.today().toString(), "minutesOutOfCell", 30, "outdoorMinutes", 0,
                "meaningfulContact", false))).status()).isEqualTo(201);
        String path = "/api/v1/oversight/facilities/" + fx.facility + "/compliance";
        Api.Response r = fx.monitor.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (String rule : List.of("OCCUPANCY", "BUNKS", "LIVING_SPACE", "OUTDOOR_EXERCISE", "DE_FACTO_SOLITARY",
                "INSPECTION_OVERDUE")) {
            assertThat(r.body()).contains("\"rule\":\"" + rule + "\"");
        }
        assertThat(r.body()).contains("\"measure\":{\"key\":\"oversight.finding.neverInspected\",\"args\":[],"
                + "\"text\":\"nunca inspeccionado\"}", "\"threshold\":{\"key\":\"oversight.finding.everyDays\","
                + "\"args\":[365],\"text\":\"cada 365 días\"}").doesNotContain("never inspected");
        assertThat(fx.monitor.inEnglish().get(path).body()).contains("\"text\":\"never inspected\"",
                "\"text\":\"every 365 days\"");
        assertThat(fx.warden.get(path).status()).isEqualTo(200);
        assertThat(Api.as(port, users.with(org.custos.identity.Role.WARDEN,
                java.util.Set.of(fx.housing.facility()), null)).get(path).status()).isEqualTo(404);
        assertThat(fx.workManager.get(path).status()).isEqualTo(403);
        Api.Response visit = fx.monitor.post("/api/v1/oversight/visits", Api.json(Map.of("facilityCode", fx.facility,
                "visitedOn", WorkFixtures.today().toString(), "body", "Mecanismo Nacional de Prevención",
                "places", "sector 1", "findings", "hacinamiento")));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat(fx.monitor.get(path).body()).doesNotContain("\"rule\":\"INSPECTION_OVERDUE\"");
        assertThat(fx.warden.post("/api/v1/oversight/visits", Api.json(Map.of("facilityCode", fx.facility))).status())
                .isEqualTo(403);
        assertThat(a).isNotNull();
    }

    @Test
    void theConsolePagesShowTheFindingsAndTheLogToMonitorsInTheirLanguage() {
        fx.admitAndPlace();
        fx.admitAndPlace();
        org.custos.support.WebSession monitor = org.custos.support.WebSession.signIn(port,
                users.with(org.custos.identity.Role.MONITOR));
        var page = monitor.get("/oversight/facilities/" + fx.facility);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Camas por persona", "Violación", "Inspección externa vencida")
                .doesNotContain(">BUNKS<", ">VIOLATION<");
        // the measure and threshold in the page's language (issue 11), not the engine's English
        assertThat(page.body()).contains(">nunca inspeccionado<", ">cada 365 días<", "para 2 personas")
                .doesNotContain("never inspected", "every 365 days");
        var english = monitor.get("/oversight/facilities/" + fx.facility + "?lang=en");
        assertThat(english.body()).contains("Bunks per person", "Violation", ">never inspected<", ">every 365 days<",
                ">one bunk per person<");
        assertThat(monitor.get("/oversight").body()).contains("/oversight/facilities/" + fx.facility);
        var log = monitor.get("/oversight/log");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("id=\"verifier-key\"", "docs/witness.md");
        org.custos.support.WebSession warden = org.custos.support.WebSession.signIn(port,
                users.with(org.custos.identity.Role.WARDEN, java.util.Set.of(fx.housing.facility()), null));
        assertThat(warden.get("/oversight/log").status()).isEqualTo(403);
        assertThat(warden.get("/oversight/facilities/" + fx.facility).status()).isEqualTo(404);
        assertThat(org.custos.support.WebSession.signIn(port, users.with(org.custos.identity.Role.WORK_MANAGER))
                .get("/oversight").status()).isEqualTo(403);
    }
}
