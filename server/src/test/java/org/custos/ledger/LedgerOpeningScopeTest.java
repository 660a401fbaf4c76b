package org.custos.ledger;

import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a commitment obeys the scope of the record it opens, and an opening of a person's record is logged. */
@CustosTest
@Tag("database")
class LedgerOpeningScopeTest {

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
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Ledger ledger;

    @Test
    void aWardenOfAnotherFacilityCannotOpenAGateEntry() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        String cecot = fx.facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api.Response entered = officer.post("/api/v1/gate/entries", "{\"facilityCode\":\"" + facility + "\",\"person\":"
                + "{\"kind\":\"OFFICIAL\",\"givenNames\":\"Carlos Alberto\",\"firstSurname\":\"Vega\",\"documentType\":"
                + "\"PASSPORT\",\"documentNumber\":\"P" + TestData.unique().toUpperCase() + "\",\"documentCountry\":\"SV\","
                + "\"organisation\":\"Ministerio\"},\"purpose\":\"Inspección\",\"area\":\"Dirección\","
                + "\"authorizedBy\":\"Marta Elena Campos\"}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        String entry = entered.json().get("id").asString();
        long index = indexOf(jdbc.sql("select event_id from event_outbox where subject_id = :s")
                .param("s", UUID.fromString(entry)).query(UUID.class).single());
        String opening = "/api/v1/ledger/entries/" + index + "/opening?purpose=Auditor%C3%ADa";

        Api cecotWarden = Api.as(port, users.with(Role.WARDEN, Set.of(cecot), null));
        assertThat(cecotWarden.get("/api/v1/gate/entries/" + entry).status()).isEqualTo(404);
        Api.Response refused = cecotWarden.get(opening);
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Vega");
        Api.Response own = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null)).get(opening);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("content").asString()).contains("Vega");
    }

    @Test
    void openingAPersonsRecordObeysTheRegistryScopeAndIsLoggedWithItsPurpose() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID person = fx.admit(facility, LegalStatusKind.UNTRIED);
        long index = indexOf(jdbc.sql("select event_id from event_outbox where subject_id = :s and event_type = 'PersonAdmitted'")
                .param("s", person).query(UUID.class).single());
        String opening = "/api/v1/ledger/entries/" + index + "/opening";
        String name = users.with(Role.WARDEN, Set.of(facility), null);
        Api warden = Api.as(port, name);

        Api.Response noPurpose = warden.get(opening);
        assertThat(noPurpose.status()).as(noPurpose.body()).isEqualTo(422);
        assertThat(noPurpose.json().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
        Api elsewhere = Api.as(port, users.with(Role.WARDEN, Set.of(fx.facility()), null));
        assertThat(elsewhere.get(opening + "?purpose=Curiosidad").status()).isEqualTo(404);
        Api.Response opened = warden.get(opening + "?purpose=Verificar%20el%20ingreso");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);

        var log = Api.as(port, users.with(Role.MONITOR)).get("/api/v1/persons/" + person + "/access-log").json();
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.get(0).get("reader").asString()).isEqualTo(name);
        assertThat(log.get(0).get("purpose").asString()).contains("Verificar el ingreso");
    }

    private long indexOf(UUID eventId) {
        return new LedgerFixture(tx, events, ledger).indexOf(eventId);
    }
}
