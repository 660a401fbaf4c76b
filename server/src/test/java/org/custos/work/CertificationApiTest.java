package org.custos.work;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From attendance to a release date: a day attended is derived as a credit naming its record, offered in the
 * month's certification list, and the judge's approval (constancia and document hash required) moves the release
 * date in the same transaction; untried work is never counted before a conviction, only offered after it; a
 * corrected attendance record reverses an approved credit and the date moves back.
 */
@CustosTest
class CertificationApiTest {

    private static final String SHA = "b".repeat(64);

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
    Api judgeClerk;
    UUID programme;
    String month;

    @BeforeEach
    void setUp() {
        fx = new WorkFixtures(port, users, facilities, admissions);
        judgeClerk = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        programme = fx.createProgramme(fx.programme("WORKSHOP"));
        month = WorkFixtures.today().toString().substring(0, 7);
    }

    private UUID worked(LegalStatusKind status, boolean sentence) {
        UUID person = fx.admit(status).personId();
        fx.fit(person, true);
        fx.allocate(person, programme);
        if (sentence) {
            Api.Response s = judgeClerk.post("/api/v1/persons/" + person + "/sentences", Api.json(Map.of("jurisdiction", "SV",
                    "offenceCode", "HURTO", "offenceClassification", "LESSER", "years", 5, "months", 0, "days", 0,
                    "startDate", "2024-01-01", "offenceDate", "2023-06-01")));
            assertThat(s.status()).as(s.body()).isEqualTo(201);
        }
        Api.Response r = fx.manager.post("/api/v1/work/programmes/" + programme + "/attendance", Api.json(Map.of(
                "date", WorkFixtures.today().toString(), "records", List.of(Map.of("personId", person)))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return person;
    }

    private void derive() {
        Api.Response d = fx.manager.post("/api/v1/work/programmes/" + programme + "/credits/derive?month=" + month, "");
        assertThat(d.status()).as(d.body()).isEqualTo(200);
    }

    private String release(UUID person) {
        return judgeClerk.get("/api/v1/persons/" + person + "/release-dates").json().get("release").asString();
    }

    private Api.Response certify(Map<String, Object>... decisions) {
        return judgeClerk.post("/api/v1/work/certifications", Api.json(Map.of("month", month, "decisions", List.of(decisions))));
    }

    private long count(String sql, UUID person) {
        return jdbc.sql("select count(*) from " + sql).param("p", person).query(Long.class).single();
    }

    @Test
    void anApprovedCertificationMovesTheReleaseDateAndAMissingConstanciaWritesNothing() {
        UUID person = worked(LegalStatusKind.CONVICTED, true);
        derive();
        String before = release(person);
        JsonNode list = judgeClerk.get("/api/v1/work/certifications?month=" + month).json();
        JsonNode mine = null;
        for (JsonNode p : list) if (p.get("personId").asString().equals(person.toString())) mine = p;
        assertThat(mine).isNotNull();
        String record = jdbc.sql("select id::text from work_attendance where person_id = :p").param("p", person)
                .query(String.class).single();
        assertThat(mine.get("credits").get(0).get("attendanceIds").asString()).isEqualTo(record);

        Api.Response missing = certify(Map.of("personId", person, "decision", "APPROVED"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().get("errors").toString()).contains("decisions[0].constancia", "decisions[0].documentSha256");
        assertThat(count("credit_rev where person_id = :p", person)).isZero();
        assertThat(count("work_certification where person_id = :p", person)).isZero();

        Api.Response ok = certify(Map.of("personId", person, "decision", "APPROVED", "constancia", "JVP-SS-2026-118",
                "documentSha256", SHA));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(release(person)).isEqualTo(java.time.LocalDate.parse(before).minusDays(1).toString());
        assertThat(ok.json().get("decisions").get(0).get("projectedRelease").asString()).isEqualTo(release(person));
        assertThat(count("credit_rev where person_id = :p and status = 'APPROVED' and document like 'JVP-SS-2026-118%'", person))
                .isEqualTo(1);
        assertThat(count("event_outbox where subject_id = :p and event_type in ('WorkCreditsDerived', 'WorkCreditsCertified',"
                + " 'CreditApproved', 'ReleaseDatesRecomputed')", person)).isGreaterThanOrEqualTo(4);

        Api.Response corrected = fx.manager.post("/api/v1/work/attendance/" + record + "/corrections",
                Api.json(Map.of("outcome", "SICK", "reason", "Estuvo en la clínica; anotado por error")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(release(person)).isEqualTo(before);
        assertThat(count("work_credit where person_id = :p and status = 'REVERSED'", person)).isEqualTo(1);
        assertThat(count("work_attendance_rev where record_id in (select id from work_attendance where person_id = :p)", person))
                .isEqualTo(2);
    }

    @Test
    void theWholeBatchIsOneTransaction() {
        UUID good = worked(LegalStatusKind.CONVICTED, true);
        UUID noSentence = worked(LegalStatusKind.CONVICTED, false);
        derive();
        String before = release(good);
        Api.Response r = certify(Map.of("personId", good, "decision", "APPROVED", "constancia", "JVP-1", "documentSha256", SHA),
                Map.of("personId", noSentence, "decision", "APPROVED", "constancia", "JVP-2", "documentSha256", SHA));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(release(good)).isEqualTo(before);
        assertThat(count("credit_rev where person_id = :p", good)).isZero();
        assertThat(count("work_credit where person_id = :p and status = 'PENDING'", good)).isEqualTo(1);
    }

    @Test
    void untriedWorkIsNotCountedBeforeAConvictionAndOnlyOfferedAfterIt() {
        UUID person = worked(LegalStatusKind.UNTRIED, false);
        derive();
        assertThat(count("work_credit where person_id = :p and status = 'AWAITING_CONVICTION' and basis = 'PRETRIAL_WORK'",
                person)).isEqualTo(1);
        Api.Response early = certify(Map.of("personId", person, "decision", "APPROVED", "constancia", "JVP-3",
                "documentSha256", SHA));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("errors").toString()).contains("decisions[0].personId", "work.CREDIT_AWAITING_CONVICTION");
        assertThat(count("credit_rev where person_id = :p", person)).isZero();

        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Api.Response convicted = clerk.post("/api/v1/persons/" + person + "/legal-status", Api.json(Map.of("kind", "CONVICTED",
                "effectiveAt", RegistryFixtures.daysAgo(0).minusMinutes(5).toString(), "basis", "Sentencia firme 45-2026")));
        assertThat(convicted.status()).as(convicted.body()).isEqualTo(201);
        assertThat(count("work_credit where person_id = :p and status = 'PENDING' and basis = 'PRETRIAL_WORK'", person))
                .isEqualTo(1);
        assertThat(count("event_outbox where subject_id = :p and event_type = 'WorkCreditsOffered'", person)).isEqualTo(1);
        assertThat(count("credit_rev where person_id = :p", person)).isZero();
    }
}
