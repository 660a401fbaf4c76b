package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sentences and credits through the REST API: dates with their derivation, refusals naming the field. */
@CustosTest
@Tag("database")
class SentencingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    Api admin;
    UUID person;
    String base;

    @BeforeEach
    void setUp() {
        admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        person = SentencingFixtures.convicted(admissions, facilities);
        base = "/api/v1/persons/" + person;
    }

    @Test
    void aSentenceIsStoredWithItsDatesDerivationVersionsAndEvents() {
        Api.Response r = admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode dates = admin.get(base + "/release-dates").json();
        assertThat(dates.get("release").asString()).isEqualTo("2028-12-31");
        assertThat(dates.get("ruleSetVersion").asString()).startsWith("rules-");
        assertThat(dates.get("engineVersion").asString()).contains("custos-sentencing");
        JsonNode term = dates.get("result").get("terms").get(0);
        assertThat(term.get("dates").toString()).contains("FULL_TERM", "CONDITIONAL_RELEASE", "Código Penal art. 85");
        assertThat(count("event_outbox where subject_id = :p and event_type in ('SentenceRecorded', 'ReleaseDatesRecomputed')"))
                .isEqualTo(2);
    }

    @Test
    void anApprovedCreditBringsTheReleaseForwardAndAPendingOneDoesNot() {
        admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        Api manager = Api.as(port, users.with(Role.WORK_MANAGER));
        Api.Response pending = manager.post(base + "/credits", Api.json(SentencingFixtures.credit("2024-03-04", "PENDING", null)));
        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        assertThat(release()).isEqualTo("2028-12-31");
        Api.Response approving = manager.post(base + "/credits", Api.json(SentencingFixtures.credit("2024-03-05", "APPROVED", "JVP-1")));
        assertThat(approving.status()).isEqualTo(422);
        assertThat(approving.json().get("errors").get(0).get("field").asString()).isEqualTo("credits[1].status");

        String creditId = pending.json().get("creditId").asString();
        Api.Response approved = admin.post(base + "/credits/" + creditId + "/approval", "{\"document\":\"JVP-2024-17\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(release()).isEqualTo("2028-12-30");
        Api.Response revoked = admin.post(base + "/credits/" + creditId + "/revocation",
                "{\"date\":\"2024-06-01\",\"reason\":\"falta grave\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(release()).isEqualTo("2028-12-31");
        assertThat(count("credit_rev where person_id = :p")).isEqualTo(3);
        assertThat(count("event_outbox where subject_id = :p and event_type in ('CreditApproved','CreditRevoked')")).isEqualTo(2);
    }

    @Test
    void aZeroTermIsRefusedNamingTheFieldAndNothingIsStored() {
        Api.Response r = admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(0, "2024-01-01", "2023-06-01")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode e = r.json().get("errors").get(0);
        assertThat(e.get("field").asString()).isEqualTo("sentences[0].term");
        assertThat(e.get("code").asString()).isEqualTo("sentencing.TERM_NOT_POSITIVE");
        assertThat(e.get("message").asString()).contains("mayor que cero");
        assertThat(count("sentence_rev where person_id = :p")).isZero();
        assertThat(count("release_dates where person_id = :p")).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndCode() {
        Map<String, Object> negative = SentencingFixtures.sentence(-1, "2024-01-01", "2023-06-01");
        refused("/sentences", negative, "sentences[0].term", "sentencing.TERM_NOT_POSITIVE");
        refused("/sentences", SentencingFixtures.sentence(3, "2023-01-01", "2023-06-01"),
                "sentences[0].startDate", "sentencing.START_BEFORE_OFFENCE");
        Map<String, Object> unknown = SentencingFixtures.sentence(3, "2024-01-01", "2023-06-01");
        unknown.put("jurisdiction", "XX");
        refused("/sentences", unknown, "sentences[0].jurisdiction", "sentencing.UNKNOWN_RULE_SET");

        admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(1, "2024-01-01", "2023-06-01")));
        refused("/credits", SentencingFixtures.credit("2023-12-31", "APPROVED", "JVP-1"), "credits[0].date",
                "sentencing.CREDIT_BEFORE_START");
        refused("/credits", SentencingFixtures.credit("2025-01-01", "APPROVED", "JVP-1"), "credits[0].date",
                "sentencing.CREDIT_AFTER_RELEASE");
        assertThat(count("credit_rev where person_id = :p")).isZero();
        assertThat(count("sentence_rev where person_id = :p")).isEqualTo(1);
    }

    @Test
    void aConsecutiveLoopIsRefused() {
        String first = admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(2, "2024-01-01", "2023-06-01")))
                .json().get("sentenceId").asString();
        Map<String, Object> second = SentencingFixtures.sentence(1, null, "2023-06-01");
        second.put("relation", "CONSECUTIVE");
        second.put("relatedTo", first);
        String secondId = admin.post(base + "/sentences", Api.json(second)).json().get("sentenceId").asString();
        Map<String, Object> loop = SentencingFixtures.sentence(2, "2024-01-01", "2023-06-01");
        loop.put("relation", "CONSECUTIVE");
        loop.put("relatedTo", secondId);
        loop.put("reason", "error de transcripción");
        Api.Response r = admin.post(base + "/sentences/" + first + "/corrections", Api.json(loop));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("sentencing.CONSECUTIVE_LOOP", "sentences[0].relatedTo");
        assertThat(count("sentence_rev where person_id = :p")).isEqualTo(2);
    }

    @Test
    void readersReadAndOthersCannotWrite() {
        admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(2, "2024-01-01", "2023-06-01")));
        Api warden = Api.as(port, users.with(Role.WARDEN));
        assertThat(warden.get(base + "/release-dates").status()).isEqualTo(200);
        assertThat(warden.get(base + "/sentences").json().size()).isEqualTo(1);
        assertThat(warden.post(base + "/sentences", Api.json(SentencingFixtures.sentence(2, "2024-01-01", "2023-06-01")))
                .status()).isEqualTo(403);
        Api liaison = Api.as(port, users.with(Role.LIAISON, java.util.Set.of(), "US"));
        assertThat(liaison.get(base + "/release-dates").status()).isEqualTo(404);
    }

    @Test
    void anUntriedAdmissionGetsItsProvisionalDetentionLimitFromTheRegistryEvent() {
        UUID untried = SentencingFixtures.untried(admissions, facilities);
        JsonNode dates = admin.get("/api/v1/persons/" + untried + "/release-dates").json();
        JsonNode limits = dates.get("result").get("pretrial").get(0).get("dates");
        assertThat(limits.toString()).contains("PROVISIONAL_DETENTION_LIMIT", "CPP");
        assertThat(dates.has("release")).isFalse();
    }

    @Test
    void anApprovalNeedsTheConstanciaAndARevocationItsDateAndReason() {
        admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        String creditId = admin.post(base + "/credits", Api.json(SentencingFixtures.credit("2024-03-04", "PENDING", null)))
                .json().get("creditId").asString();
        refused("/credits/" + creditId + "/approval", Map.<String, Object>of("document", " "), "credits[0].approval.document",
                "sentencing.APPROVAL_DOCUMENT_MISSING");
        admin.post(base + "/credits/" + creditId + "/approval", "{\"document\":\"JVP-2024-17\"}");
        Api.Response r = admin.post(base + "/credits/" + creditId + "/revocation", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").toString()).contains("credits[0].revocation.date",
                "credits[0].revocation.reason", "sentencing.REVOCATION_REASON_MISSING");
        assertThat(release()).isEqualTo("2028-12-30");
        assertThat(count("credit_rev where person_id = :p")).isEqualTo(2);
    }

    private void refused(String path, Map<String, Object> body, String field, String code) {
        Api.Response r = admin.post(base + path, Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").toString()).contains(field, code);
    }

    private String release() {
        return admin.get(base + "/release-dates").json().get("release").asString();
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).param("p", person).query(Long.class).single();
    }
}
