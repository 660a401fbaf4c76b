package org.custos.agreements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Agreements over the API: recorded with every term, amended as new versions (never overwritten, the database
 * refuses it), refused whole with every field at fault, and readable only by the roles and scopes that may.
 */
@CustosTest
class AgreementApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    String facility;
    Api admin;

    @BeforeEach
    void setUp() {
        facility = RegistryFixtures.facility(facilities);
        admin = Api.as(port, users.with(Role.AGREEMENT_ADMINISTRATOR));
    }

    private long count(String code) {
        return jdbc.sql("select count(*) from agreement where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void anAmendmentIsANewVersionAndTheFirstStaysAsItWas() {
        Map<String, Object> body = AgreementFixtures.usNotes(facility);
        UUID id = AgreementFixtures.create(admin, body);

        Map<String, Object> amended = new LinkedHashMap<>(AgreementFixtures.terms(body));
        amended.put("places", 350);
        Api.Response r = admin.post("/api/v1/agreements/" + id + "/amendments",
                Api.json(Map.of("reason", "Second note: 50 more places", "terms", amended)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        Api.Response got = admin.get("/api/v1/agreements/" + id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("versions").size()).isEqualTo(2);
        assertThat(got.json().get("versions").get(0).get("places").asInt()).isEqualTo(300);
        assertThat(got.json().get("versions").get(1).get("places").asInt()).isEqualTo(350);
        assertThat(got.json().get("versions").get(1).get("reason").asString()).isEqualTo("Second note: 50 more places");
        assertThat(got.json().get("versions").get(0).get("endsOn").asString()).isEqualTo("2026-03-14");
        assertThat(got.json().get("versions").get(1).get("terms").get("eligibility").get("acceptedStatuses").toString())
                .contains("FINALLY_CONVICTED", "DEPORTEE");
        assertThat(jdbc.sql("select count(*) from event_outbox where subject_id = :s and event_type in"
                + " ('AgreementRecorded','AgreementAmended')").param("s", id).query(Long.class).single()).isEqualTo(2);

        assertThatThrownBy(() -> jdbc.sql("update agreement_version set places = 1 where agreement_id = :a").param("a", id).update())
                .hasMessageContaining("never changed in place");
        assertThatThrownBy(() -> jdbc.sql("delete from agreement_version where agreement_id = :a").param("a", id).update())
                .hasMessageContaining("never deleted");
    }

    @Test
    void anAmendmentNeedsAReasonAndKeepsTheSendingState() {
        Map<String, Object> body = AgreementFixtures.usNotes(facility);
        UUID id = AgreementFixtures.create(admin, body);
        Map<String, Object> other = new LinkedHashMap<>(AgreementFixtures.terms(body));
        other.put("sendingState", "NL");
        Api.Response r = admin.post("/api/v1/agreements/" + id + "/amendments", Api.json(Map.of("terms", other)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"reason\"", "agreements.STATE_FIXED");
        assertThat(jdbc.sql("select count(*) from agreement_version where agreement_id = :a").param("a", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badTermsAreRefusedWholeWithEveryFieldNamed() {
        Map<String, Object> body = AgreementFixtures.usNotes(facility);
        Map<String, Object> terms = AgreementFixtures.terms(body);
        terms.put("facilities", List.of(facility, "NO-SUCH-FACILITY"));
        terms.put("fee", Map.of("model", "PER_HEAD", "amount", "-1", "currency", "dollars"));
        terms.put("effectiveFrom", "2025-03-01");
        terms.put("eligibility", Map.of("version", "X", "acceptedStatuses", List.of(), "returnRule", "MONTHS_BEFORE_END"));
        terms.put("law", Map.of("releaseDateRules", "XX", "jurisdiction", "x", "complaintRoute", "y"));
        Api.Response r = admin.post("/api/v1/agreements", Api.json(body));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("agreements.validation");
        assertThat(r.body()).contains("terms.facilities[1]", "terms.fee.model", "terms.fee.amount", "terms.fee.currency",
                "agreements.EFFECTIVE_BEFORE_SIGNATURE", "terms.eligibility.acceptedStatuses",
                "terms.eligibility.returnMonthsBeforeEnd", "terms.law.releaseDateRules");
        assertThat(count((String) body.get("code"))).isZero();

        AgreementFixtures.create(admin, AgreementFixtures.usNotes(facility));
        Map<String, Object> again = AgreementFixtures.usNotes(facility);
        UUID first = AgreementFixtures.create(admin, again);
        assertThat(first).isNotNull();
        Api.Response duplicate = admin.post("/api/v1/agreements", Api.json(again));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.body()).contains("agreements.CODE_TAKEN");
    }

    @Test
    void aWrongRoleGets403AnOutOfScopeCallerOrAnotherStatesLiaison404() {
        UUID id = AgreementFixtures.create(admin, AgreementFixtures.usNotes(facility));
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        assertThat(clerk.get("/api/v1/agreements/" + id).status()).isEqualTo(403);
        assertThat(clerk.post("/api/v1/agreements", Api.json(AgreementFixtures.usNotes(facility))).status()).isEqualTo(403);
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        assertThat(monitor.get("/api/v1/agreements/" + id).status()).isEqualTo(200);
        assertThat(monitor.post("/api/v1/agreements", Api.json(AgreementFixtures.usNotes(facility))).status()).isEqualTo(403);

        String elsewhere = RegistryFixtures.facility(facilities);
        Api scoped = Api.as(port, users.with(Role.AGREEMENT_ADMINISTRATOR, Set.of(elsewhere), null));
        assertThat(scoped.get("/api/v1/agreements/" + id).status()).isEqualTo(404);
        assertThat(scoped.get("/api/v1/agreements").body()).doesNotContain(id.toString());
        Api.Response outside = scoped.post("/api/v1/agreements", Api.json(AgreementFixtures.usNotes(facility)));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body()).contains("agreements.FACILITY_NOT_IN_SCOPE");
        Api inScope = Api.as(port, users.with(Role.AGREEMENT_ADMINISTRATOR, Set.of(facility), null));
        assertThat(inScope.get("/api/v1/agreements/" + id).status()).isEqualTo(200);

        Api usLiaison = Api.as(port, users.with(Role.LIAISON, Set.of(), "US"));
        assertThat(usLiaison.get("/api/v1/agreements/" + id).status()).isEqualTo(200);
        Api dutchLiaison = Api.as(port, users.with(Role.LIAISON, Set.of(), "NL"));
        assertThat(dutchLiaison.get("/api/v1/agreements/" + id).status()).isEqualTo(404);
        assertThat(dutchLiaison.get("/api/v1/agreements").body()).doesNotContain(id.toString());
        assertThat(dutchLiaison.get("/api/v1/agreements/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
