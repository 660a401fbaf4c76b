package org.custos.ledger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.TestData;
import org.custos.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records of the gate and movements modules written through their API, two rows or more in each of their tables
 * (an edit, a deletion and an insertion can then be tried on each): entries with exits and corrections, visits
 * booked, approved and concluded (one by the entry that ends it), outages restored; transfers authorized and
 * cancelled or completed, escorts out and back. The facilities it registers are the facility rows.
 */
final class GateAndMovementRecords {

    private final int port;
    private final TestUsers users;
    private final HousingFixtures fixtures;

    GateAndMovementRecords(int port, TestUsers users, HousingFixtures fixtures) {
        this.port = port;
        this.users = users;
        this.fixtures = fixtures;
    }

    void writeGate(String facility) {
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        for (int i = 0; i < 2; i++) {
            String entry = id(officer.post("/api/v1/gate/entries", entry(facility, null)), 201);
            id(officer.post("/api/v1/gate/entries/" + entry + "/corrections",
                    "{\"field\":\"firstSurname\",\"newValue\":\"Rivas Cañas\",\"reason\":\"Mal escrito\"}"), 201);
            ok(officer.post("/api/v1/gate/entries/" + entry + "/exit", "{}"));
            String outage = id(officer.post("/api/v1/gate/surveillance/outages", "{\"facilityCode\":\"" + facility
                    + "\",\"area\":\"Principal\",\"device\":\"Grabadora NVR-" + i + "\",\"reason\":\"Falla eléctrica\"}"), 201);
            ok(officer.post("/api/v1/gate/surveillance/outages/" + outage + "/restored", "{\"note\":\"Reparada\"}"));
            String visit = id(officer.post("/api/v1/gate/visits", "{\"facilityCode\":\"" + facility + "\",\"person\":"
                    + person() + ",\"purpose\":\"Inspección\",\"area\":\"Locutorio\",\"scheduledAt\":\""
                    + OffsetDateTime.now(ZoneOffset.UTC).plusHours(2) + "\"}"), 201);
            ok(warden.post("/api/v1/gate/visits/" + visit + "/approval", "{\"note\":\"Conforme\"}"));
            if (i == 0) {
                id(officer.post("/api/v1/gate/entries", entry(facility, visit)), 201); // the entry concludes it
            } else {
                ok(officer.post("/api/v1/gate/visits/" + visit + "/outcome", "{\"outcome\":\"NO_SHOW\"}"));
            }
        }
    }

    void writeMovements(String from, String to) {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api sending = Api.as(port, users.with(Role.WARDEN, Set.of(from), null));
        Api receiving = Api.as(port, users.with(Role.WARDEN, Set.of(to), null));
        UUID cell = HousingFixtures.cell(admin, HousingFixtures.unit(admin, from), "C1", 40, 10);
        UUID moved = placed(sending, from, cell);
        UUID stays = placed(sending, from, cell);
        String transfer = transfer(sending, moved, to);
        ok(sending.post("/api/v1/transfers/" + transfer + "/departure", "{}"));
        ok(receiving.post("/api/v1/transfers/" + transfer + "/arrival", "{}"));
        for (int i = 0; i < 2; i++) {
            ok(sending.post("/api/v1/transfers/" + transfer(sending, stays, to) + "/cancellation",
                    "{\"reason\":\"Audiencia reprogramada\"}"));
            String escort = id(sending.post("/api/v1/escorts", "{\"personId\":\"" + stays + "\",\"purpose\":\"COURT\","
                    + "\"destination\":\"Juzgado de Paz\",\"authorizedBy\":\"Lic. Rivas\",\"escortStaff\":[\"Agente Cruz\"]}"),
                    201);
            ok(sending.post("/api/v1/escorts/" + escort + "/return", "{}"));
        }
    }

    private UUID placed(Api warden, String facility, UUID cell) {
        UUID person = fixtures.admit(facility, LegalStatusKind.CONVICTED);
        assertThat(HousingFixtures.place(warden, person, cell, null).status()).isEqualTo(201);
        return person;
    }

    private static String transfer(Api warden, UUID person, String to) {
        String notified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(4).toString();
        return id(warden.post("/api/v1/transfers", "{\"personId\":\"" + person + "\",\"toFacility\":\"" + to
                + "\",\"reason\":\"Descongestión\",\"authorizedBy\":\"Director General\",\"familyNotification\":"
                + "{\"notifiedPerson\":\"Marta López (madre)\",\"means\":\"teléfono\",\"notifiedAt\":\"" + notified
                + "\"}}"), 201);
    }

    private static String entry(String facility, String visit) {
        return "{\"facilityCode\":\"" + facility + "\",\"person\":" + person() + ",\"purpose\":\"Inspección\","
                + "\"area\":\"Locutorio\",\"authorizedBy\":\"Marta Elena Campos\""
                + (visit == null ? "" : ",\"visitId\":\"" + visit + "\"") + "}";
    }

    private static String person() {
        return "{\"kind\":\"OFFICIAL\",\"givenNames\":\"Luis Ernesto\",\"firstSurname\":\"Rivas\",\"documentType\":"
                + "\"PASSPORT\",\"documentNumber\":\"P" + TestData.unique().toUpperCase() + "\",\"documentCountry\":\"SV\","
                + "\"organisation\":\"Ministerio\"}";
    }

    private static String id(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r.json().get("id").asString();
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
