package org.custos.gate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.gate.GateFixtures.doc;
import static org.custos.gate.GateFixtures.person;

/** Scheduled visits: booked, approved only by a warden, concluded once; people still inside are flagged. */
@CustosTest
@Tag("database")
class GateVisitApiTest {

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

    @Test
    void aWardenApprovesAVisitAndTheEntryConcludesIt() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID prisoner = fx.admit(facility, LegalStatusKind.CONVICTED);
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        String visitor = person("VISITOR", "Marta Alicia", "Hernández", doc(), null);
        String at = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString();
        Api.Response booked = officer.post("/api/v1/gate/visits", "{\"facilityCode\":\"" + facility + "\",\"person\":"
                + visitor + ",\"purpose\":\"Visita familiar\",\"visitedBooking\":\"" + fx.booking(prisoner)
                + "\",\"scheduledAt\":\"" + at + "\"}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String visit = booked.json().get("id").asString();
        String list = "/api/v1/gate/facilities/" + facility + "/visits";
        assertThat(officer.get(list).body()).contains(visit, "Marta Alicia Hernández");

        String entry = "{\"facilityCode\":\"" + facility + "\",\"person\":" + visitor + ",\"purpose\":\"Visita familiar\","
                + "\"visitedBooking\":\"" + fx.booking(prisoner) + "\",\"authorizedBy\":\"Jorge Alberto Molina\","
                + "\"visitId\":\"" + visit + "\"}";
        assertThat(officer.post("/api/v1/gate/entries", entry).status()).isEqualTo(409);
        assertThat(officer.post("/api/v1/gate/visits/" + visit + "/approval", "{}").status()).isEqualTo(403);
        assertThat(warden.post("/api/v1/gate/visits/" + visit + "/approval", "{\"note\":\"Conforme\"}").status())
                .isEqualTo(200);
        assertThat(warden.post("/api/v1/gate/visits/" + visit + "/approval", "{}").status()).isEqualTo(409);
        UUID entered = GateFixtures.enter(officer, entry);
        assertThat(officer.get(list).body()).contains("\"outcome\":\"TOOK_PLACE\"", entered.toString());
        assertThat(officer.post("/api/v1/gate/visits/" + visit + "/outcome", "{\"outcome\":\"NO_SHOW\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aRefusalAtTheGateNeedsAReasonAndOutcomesAreFinal() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api.Response booked = officer.post("/api/v1/gate/visits", "{\"facilityCode\":\"" + facility + "\",\"person\":"
                + person("OFFICIAL", "Ricardo José", "Flores", doc(), "Asamblea Legislativa") + ",\"purpose\":\"Reunión\","
                + "\"area\":\"Dirección\",\"scheduledAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(1) + "\"}");
        String visit = booked.json().get("id").asString();
        Api.Response noReason = officer.post("/api/v1/gate/visits/" + visit + "/outcome", "{\"outcome\":\"REFUSED_AT_GATE\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("gate.refusalReason");
        assertThat(officer.post("/api/v1/gate/visits/" + visit + "/outcome",
                "{\"outcome\":\"REFUSED_AT_GATE\",\"note\":\"Sin autorización escrita\"}").status()).isEqualTo(200);
        assertThat(officer.post("/api/v1/gate/visits/" + visit + "/outcome", "{\"outcome\":\"CANCELLED\"}").status())
                .isEqualTo(409);
    }

    @Test
    void someoneStillInsideFromAnEarlierDayIsFlagged() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        String body = "{\"facilityCode\":\"" + facility + "\",\"person\":"
                + person("STAFF", "Daniel Antonio", "Cruz", doc(), null) + ",\"purpose\":\"Turno\",\"area\":\"Cocina\","
                + "\"authorizedBy\":\"Marta Elena Campos\",\"enteredAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).minusDays(2) + "\"}";
        UUID id = GateFixtures.enter(officer, body);
        assertThat(officer.get("/api/v1/gate/overdue").body()).contains(id.toString());
        assertThat(Api.as(port, users.with(Role.MONITOR)).get("/api/v1/gate/overdue").body()).contains(id.toString());
        String other = new HousingFixtures(facilities, admissions, documents).facility();
        assertThat(Api.as(port, users.with(Role.WARDEN, Set.of(other), null)).get("/api/v1/gate/overdue").body())
                .doesNotContain(id.toString());
        officer.post("/api/v1/gate/entries/" + id + "/exit", "{}");
        assertThat(officer.get("/api/v1/gate/overdue").body()).doesNotContain(id.toString());
    }
}
