package org.custos.agreements.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The intake from a flight manifest over the API (issue 10, "Intake" and "Bad input"): decided person by person —
 * accepted and admitted through the registry as held for the sending state, or refused with the rule that decided
 * it and nothing written for them; a malformed manifest refused whole with each field's path, nothing written.
 */
@CustosTest
class IntakeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registry registry;

    String facility;
    Api admin;

    @BeforeEach
    void setUp() {
        facility = RegistryFixtures.facility(facilities);
        admin = Api.as(port, users.with(Role.AGREEMENT_ADMINISTRATOR));
    }

    private long decisions(UUID agreement) {
        return jdbc.sql("select count(*) from intake_decision where agreement_id = :a").param("a", agreement)
                .query(Long.class).single();
    }

    private List<PersonSummary> inRegistry(String surname) {
        return registry.search(new org.custos.registry.SearchQuery(surname, null, null, null, null, null, 0, 50), null).items();
    }

    @Test
    void eachPersonIsDecidedAndTheAcceptedAreAdmittedHeldForTheSendingState() {
        Map<String, Object> a = IntakeFixtures.agreement(facility, 2, List.of("FINALLY_CONVICTED"));
        UUID id = IntakeFixtures.create(admin, a);
        String s = "Smith" + TestData.unique();
        Map<String, Object> first = IntakeFixtures.convicted(s + "a");
        Map<String, Object> again = new java.util.LinkedHashMap<>(first);
        again.put("givenNames", "Johnny");
        List<Map<String, Object>> persons = List.of(first, IntakeFixtures.deportee(s + "b"), again,
                IntakeFixtures.convicted(s + "c"), IntakeFixtures.convicted(s + "d"));
        Api.Response r = IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(a), facility, persons));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode rows = r.json().get("rows");
        assertThat(rows.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(rows.get(1).get("rule").asString()).isEqualTo("LEGAL_STATUS");
        assertThat(rows.get(1).get("reason").asString()).isEqualTo("NO_CONVICTION");
        assertThat(rows.get(2).get("reason").asString()).isEqualTo("DUPLICATE_IN_MANIFEST");
        assertThat(rows.get(2).get("detail").asString()).isEqualTo("1");
        assertThat(rows.get(3).get("accepted").asBoolean()).isTrue();
        assertThat(rows.get(4).get("rule").asString()).isEqualTo("QUOTA");
        assertThat(r.json().get("accepted").asLong()).isEqualTo(2);

        UUID person = UUID.fromString(rows.get(0).get("personId").asString());
        PersonSummary held = registry.find(person, null).orElseThrow();
        assertThat(held.held()).isTrue();
        assertThat(held.legalStatus()).isEqualTo(LegalStatusKind.HELD_FOR_ANOTHER_STATE);
        assertThat(held.heldForState()).isEqualTo("US");
        assertThat(held.facilityCode()).isEqualTo(facility);
        assertThat(held.bookingNumber()).isEqualTo(rows.get(0).get("bookingNumber").asString());
        assertThat(inRegistry(s + "b")).as("a refused deportee is not admitted").isEmpty();
        assertThat(inRegistry(s + "d")).as("over quota: not admitted").isEmpty();
        assertThat(decisions(id)).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'ManifestChecked' and subject_id = :m")
                .param("m", UUID.fromString(r.json().get("manifestId").asString())).query(Long.class).single()).isEqualTo(1);

        JsonNode history = admin.get("/api/v1/agreements/" + id + "/intakes").json();
        assertThat(history.get("quota").get("held").asInt()).isEqualTo(2);
        assertThat(history.get("quota").get("left").asInt()).isZero();
        assertThatThrownBy(() -> jdbc.sql("update intake_decision set decision = 'ACCEPTED' where agreement_id = :a").param("a", id)
                .update()).hasMessageContaining("never changed in place");
    }

    @Test
    void aPersonTheRegistryAlreadyHoldsIsRefusedAsADuplicateAndNothingIsWrittenForThem() {
        Map<String, Object> a = IntakeFixtures.agreement(facility, 10, List.of("FINALLY_CONVICTED"));
        IntakeFixtures.create(admin, a);
        Map<String, Object> p = IntakeFixtures.convicted("Doe" + TestData.unique());
        assertThat(IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(a), facility, List.of(p)))
                .json().get("accepted").asLong()).isEqualTo(1);
        Map<String, Object> twin = new java.util.LinkedHashMap<>(p);
        twin.put("firstSurname", "Other" + TestData.unique());
        Api.Response r = IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(a), facility,
                List.of(twin, IntakeFixtures.convicted("Roe" + TestData.unique()))));
        assertThat(r.json().get("rows").get(0).get("reason").asString()).isEqualTo("DUPLICATE_IN_REGISTRY");
        assertThat(r.json().get("rows").get(1).get("accepted").asBoolean()).isTrue();
        assertThat(inRegistry((String) twin.get("firstSurname"))).isEmpty();
    }

    @Test
    void aDeporteeIsAdmittedOnlyWhereTheAgreementSaysSoWithARemovalOrderAndNeverAsConvicted() {
        Map<String, Object> a = IntakeFixtures.agreement(facility, 10, List.of("FINALLY_CONVICTED", "DEPORTEE"));
        IntakeFixtures.create(admin, a);
        Map<String, Object> bare = IntakeFixtures.deportee("Perez" + TestData.unique());
        Map<String, Object> ordered = IntakeFixtures.deportee("Rojas" + TestData.unique());
        ordered.put("judgment", Map.of("court", "U.S. Immigration Court, Harlingen", "caseNumber", "A-" + TestData.unique(),
                "date", java.time.LocalDate.now().minusMonths(1).toString(), "documentSha256", IntakeFixtures.SHA));
        Api.Response r = IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(a), facility, List.of(bare, ordered)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("rows").get(0).get("reason").asString()).isEqualTo("NO_BASIS_DOCUMENT");
        UUID person = UUID.fromString(r.json().get("rows").get(1).get("personId").asString());
        assertThat(registry.find(person, null).orElseThrow().legalStatus()).isEqualTo(LegalStatusKind.IMMIGRATION_DETENTION);

        Map<String, Object> convictedOnly = IntakeFixtures.agreement(facility, 10, List.of("FINALLY_CONVICTED"));
        IntakeFixtures.create(admin, convictedOnly);
        Map<String, Object> withOrder = new java.util.LinkedHashMap<>(ordered);
        withOrder.put("documentNumber", IntakeFixtures.passport());
        withOrder.put("firstSurname", "Soto" + TestData.unique());
        Api.Response refused = IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(convictedOnly),
                facility, List.of(withOrder)));
        assertThat(refused.json().get("rows").get(0).get("rule").asString()).isEqualTo("LEGAL_STATUS");
        assertThat(refused.json().get("rows").get(0).get("reason").asString()).as("even with a removal order")
                .isEqualTo("NO_CONVICTION");
        assertThat(inRegistry((String) withOrder.get("firstSurname"))).isEmpty();
    }

    @Test
    void aMalformedManifestIsRefusedWholeWithEachRowsFieldAndNothingIsWritten() {
        Map<String, Object> a = IntakeFixtures.agreement(facility, 10, List.of("FINALLY_CONVICTED"));
        UUID id = IntakeFixtures.create(admin, a);
        Map<String, Object> noDocument = IntakeFixtures.convicted("Lee" + TestData.unique());
        @SuppressWarnings("unchecked")
        Map<String, Object> judgment = (Map<String, Object>) noDocument.get("judgment");
        judgment.remove("documentSha256");
        Map<String, Object> late = IntakeFixtures.convicted("Kim" + TestData.unique());
        @SuppressWarnings("unchecked")
        Map<String, Object> lateJudgment = (Map<String, Object>) late.get("judgment");
        lateJudgment.put("date", java.time.LocalDate.now().plusDays(3).toString());
        Map<String, Object> otherAgreement = IntakeFixtures.convicted("Ng" + TestData.unique());
        otherAgreement.put("agreement", "NO-SUCH-AGREEMENT");
        List<Map<String, Object>> persons = List.of(IntakeFixtures.convicted("Ok" + TestData.unique()), noDocument, late,
                otherAgreement);
        Api.Response r = IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(a), facility, persons));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("agreements.validation");
        assertThat(fields(r)).contains("persons[1].judgment.documentSha256:agreements.intake.JUDGMENT_DOCUMENT_REQUIRED",
                "persons[2].judgment.date:bounds.future", "persons[3].agreement:agreements.intake.AGREEMENT_UNKNOWN");
        assertThat(r.body()).contains("Falta el documento de la sentencia");
        assertThat(decisions(id)).isZero();

        Api.Response elsewhere = IntakeFixtures.submit(admin, IntakeFixtures.manifest(IntakeFixtures.code(a),
                RegistryFixtures.facility(facilities), List.of(IntakeFixtures.convicted("Ok" + TestData.unique()))));
        assertThat(fields(elsewhere)).containsExactly("facilityCode:agreements.intake.FACILITY_NOT_IN_AGREEMENT");

        Api.Response unknown = IntakeFixtures.submit(admin, IntakeFixtures.manifest("NO-SUCH-" + TestData.unique(), facility,
                List.of(IntakeFixtures.convicted("Ok" + TestData.unique()))));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).contains("agreement:agreements.intake.AGREEMENT_UNKNOWN");

        Map<String, Object> badDate = IntakeFixtures.manifest(IntakeFixtures.code(a), facility,
                List.of(IntakeFixtures.convicted("Ok" + TestData.unique()), IntakeFixtures.convicted("Ok" + TestData.unique())));
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) ((List<Object>) badDate.get("persons")).get(1);
        second.put("dateOfBirth", "1988-13-40");
        Api.Response bad = IntakeFixtures.submit(admin.inEnglish(), badDate);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("persons[1].dateOfBirth");
        assertThat(decisions(id)).isZero();
        assertThat(jdbc.sql("select count(*) from intake_manifest where agreement_id = :a").param("a", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheAdministratorWritesAndALiaisonReadsItsOwnStatesDecisionsOnly() {
        Map<String, Object> a = IntakeFixtures.agreement(facility, 10, List.of("FINALLY_CONVICTED"));
        UUID id = IntakeFixtures.create(admin, a);
        Map<String, Object> m = IntakeFixtures.manifest(IntakeFixtures.code(a), facility,
                List.of(IntakeFixtures.convicted("Ray" + TestData.unique())));
        Api usLiaison = Api.as(port, users.with(Role.LIAISON, Set.of(), "US"));
        assertThat(IntakeFixtures.submit(usLiaison, m).status()).isEqualTo(403);
        UUID manifest = UUID.fromString(IntakeFixtures.submit(admin, m).json().get("manifestId").asString());
        assertThat(usLiaison.get("/api/v1/agreements/" + id + "/intakes/" + manifest).status()).isEqualTo(200);
        Api dutch = Api.as(port, users.with(Role.LIAISON, Set.of(), "NL"));
        assertThat(dutch.get("/api/v1/agreements/" + id + "/intakes/" + manifest).status()).isEqualTo(404);
        assertThat(dutch.get("/api/v1/agreements/" + id + "/intakes").status()).isEqualTo(404);
        assertThat(usLiaison.get("/api/v1/agreements/" + id + "/intakes/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static List<String> fields(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return out;
    }
}
