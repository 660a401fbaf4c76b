package org.custos.registry;

import java.util.HashMap;
import java.util.Map;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Legal status history, releases, corrections and the access log, over the REST API. */
@CustosTest
@Tag("database")
class PersonRecordApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    Api clerk;
    String personId;
    String path;

    @BeforeEach
    void admit() {
        clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        personId = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(
                RegistryFixtures.facility(facilities)))).json().get("personId").asString();
        path = "/api/v1/persons/" + personId;
    }

    @Test
    void legalStatusChangesAppendToTheHistory() {
        Api.Response refused = clerk.post(path + "/legal-status", Api.json(Map.of("kind", "HELD_FOR_ANOTHER_STATE",
                "effectiveAt", RegistryFixtures.daysAgo(-1).toString(), "basis", " ")));
        assertThat(AdmissionApiTest.fields(refused)).containsExactlyInAnyOrder("heldForState", "effectiveAt", "basis");
        Api.Response exception = clerk.post(path + "/legal-status", Api.json(Map.of(
                "kind", "ADMINISTRATIVE_STATE_OF_EXCEPTION", "effectiveAt", RegistryFixtures.daysAgo(1).toString(),
                "basis", "Régimen de excepción")));
        assertThat(AdmissionApiTest.fields(exception)).containsExactly("decreeNumber");
        Api.Response convicted = clerk.post(path + "/legal-status", Api.json(Map.of("kind", "CONVICTED",
                "effectiveAt", RegistryFixtures.daysAgo(1).toString(), "basis", "Sentencia firme 45-2026")));
        assertThat(convicted.status()).as(convicted.body()).isEqualTo(201);
        JsonNode file = clerk.get(path + "?purpose=check").json();
        assertThat(file.get("legalStatus").asString()).isEqualTo("CONVICTED");
        assertThat(file.get("legalStatusHistory")).hasSize(2);
        assertThat(file.get("legalStatusHistory").get(0).get("kind").asString()).isEqualTo("UNTRIED");
        assertThat(clerk.get("/api/v1/persons?status=CONVICTED&booking=" + file.get("bookingNumber").asString())
                .json().get("total").asLong()).isEqualTo(1);
        assertThat(outbox("LegalStatusChanged")).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update legal_status set kind = 'UNTRIED' where person_id = :p")
                .param("p", java.util.UUID.fromString(personId)).update()).hasMessageContaining("never rewritten");
    }

    @Test
    void aReleaseNeedsEveryPartAndHappensOnce() {
        Api.Response refused = clerk.post(path + "/release", Api.json(Map.of("authority", "Juzgado",
                "releasedAt", RegistryFixtures.daysAgo(10).toString())));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(AdmissionApiTest.fields(refused)).containsExactlyInAnyOrder("legalBasis", "releasedAt", "destination");
        Map<String, String> release = Map.of("legalBasis", "Cumplimiento de pena", "authority", "Juzgado de Vigilancia",
                "releasedAt", RegistryFixtures.daysAgo(0).minusMinutes(5).toString(), "destination", "Domicilio");
        assertThat(clerk.post(path + "/release", Api.json(release)).status()).isEqualTo(201);
        Api.Response twice = clerk.post(path + "/release", Api.json(release));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("registry.not-held");
        JsonNode file = clerk.get(path + "?purpose=check").json();
        assertThat(file.get("held").asBoolean()).isFalse();
        assertThat(file.get("releases").get(0).get("destination").asString()).isEqualTo("Domicilio");
        assertThat(outbox("PersonReleased")).isEqualTo(1);
    }

    @Test
    void correctionsChangeTheValueAndKeepTheHistory() {
        Map<String, String> c = new HashMap<>(Map.of("field", "firstSurname", "newValue", "Gómez",
                "reason", "Error de transcripción; consta en el DUI"));
        assertThat(clerk.post(path + "/corrections", Api.json(c)).status()).isEqualTo(201);
        Api.Response bad = clerk.post(path + "/corrections", Api.json(Map.of("field", "nationality",
                "newValue", "ZZ", "reason", "")));
        assertThat(AdmissionApiTest.fields(bad)).containsExactlyInAnyOrder("newValue", "reason");
        Api.Response unknown = clerk.post(path + "/corrections", Api.json(Map.of("field", "bookingNumber",
                "newValue", "X", "reason", "r")));
        assertThat(AdmissionApiTest.fields(unknown)).containsExactly("field");
        JsonNode file = clerk.get(path + "?purpose=check").json();
        assertThat(file.get("identity").get("firstSurname").asString()).isEqualTo("Gómez");
        JsonNode entry = file.get("corrections").get(0);
        assertThat(entry.get("oldValue").asString()).isEqualTo("García");
        assertThat(entry.get("newValue").asString()).isEqualTo("Gómez");
        assertThat(entry.get("correctedBy").asString()).startsWith("records-cler");
        assertThat(clerk.get("/api/v1/persons?q=gomez%20jose&booking=" + file.get("bookingNumber").asString())
                .json().get("items")).hasSize(1);
        assertThat(outbox("RecordCorrected")).isEqualTo(1);
    }

    @Test
    void everyReadOfTheFileIsLoggedWithItsPurpose() {
        Api.Response noPurpose = clerk.get(path);
        assertThat(noPurpose.status()).isEqualTo(422);
        assertThat(AdmissionApiTest.fields(noPurpose)).containsExactly("purpose");
        assertThat(clerk.get(path + "?purpose=Visita%20de%20abogado").status()).isEqualTo(200);
        Api.Response viaHeader = clerk.send("GET", path, null, null);
        assertThat(viaHeader.status()).isEqualTo(422);
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        JsonNode log = monitor.get(path + "/access-log").json();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("purpose").asString()).isEqualTo("Visita de abogado");
        assertThat(log.get(0).get("reader").asString()).startsWith("records-cler");
        assertThatThrownBy(() -> jdbc.sql("delete from file_access where person_id = :p")
                .param("p", java.util.UUID.fromString(personId)).update()).hasMessageContaining("never deleted");
    }

    private long outbox(String type) {
        return jdbc.sql("select count(*) from event_outbox where subject_id = :p and event_type = :t")
                .param("p", java.util.UUID.fromString(personId)).param("t", type).query(Long.class).single();
    }
}
