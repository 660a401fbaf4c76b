package org.custos.movements;

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

/** Escorts (out, not missing, in the headcount), transfers (no transfer without the family notified). */
@CustosTest
@Tag("database")
class MovementApiTest {

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
    void aPersonOutOnEscortIsOutNotMissingAndTheHeadcountSaysSo() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        UUID unit = HousingFixtures.unit(admin, facility);
        UUID cell = HousingFixtures.cell(admin, unit, "C1", 40, 10);
        UUID a = fx.admit(facility, LegalStatusKind.UNTRIED);
        UUID b = fx.admit(facility, LegalStatusKind.UNTRIED);
        HousingFixtures.place(warden, a, cell, null);
        HousingFixtures.place(warden, b, cell, null);
        Api.Response escort = warden.post("/api/v1/escorts", "{\"personId\":\"" + a + "\",\"purpose\":\"COURT\","
                + "\"destination\":\"Juzgado de Paz de Tecoluca\",\"authorizedBy\":\"Lic. Rivas\",\"escortStaff\":[\"Agente Cruz\"]}");
        assertThat(escort.status()).as(escort.body()).isEqualTo(201);
        assertThat(warden.get("/api/v1/cells/" + cell).body()).contains("COURT: Juzgado de Paz de Tecoluca");
        Api.Response agrees = warden.post("/api/v1/headcounts", "{\"unitId\":\"" + unit + "\",\"counted\":1}");
        assertThat(agrees.json().get("discrepancy").asInt()).isZero();
        assertThat(agrees.json().get("out").asInt()).isEqualTo(1);
        Api.Response missing = warden.post("/api/v1/headcounts", "{\"unitId\":\"" + unit + "\",\"counted\":0}");
        assertThat(missing.json().get("discrepancy").asInt()).isEqualTo(-1);
        assertThat(warden.get("/api/v1/headcounts/discrepancies").body()).contains(unit.toString());
        String id = escort.json().get("id").asString();
        assertThat(warden.post("/api/v1/escorts/" + id + "/return", "{}").status()).isEqualTo(200);
        assertThat(warden.post("/api/v1/escorts/" + id + "/return", "{}").status()).isEqualTo(409);
        assertThat(warden.post("/api/v1/headcounts", "{\"unitId\":\"" + unit + "\",\"counted\":2}")
                .json().get("discrepancy").asInt()).isZero();
        assertThat(warden.get("/api/v1/headcounts/discrepancies").body()).doesNotContain(unit.toString());
    }

    @Test
    void noTransferWithoutTheFamilyNotifiedAndTheBunkIsFreedOnDeparture() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN));
        UUID cell = HousingFixtures.cell(admin, HousingFixtures.unit(admin, from), "C1", 40, 10);
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        HousingFixtures.place(warden, person, cell, null);
        String base = "{\"personId\":\"" + person + "\",\"toFacility\":\"" + to + "\",\"reason\":\"Descongestión\","
                + "\"authorizedBy\":\"Director General\"";
        Api.Response refused = warden.post("/api/v1/transfers", base + "}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("familyNotification");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("Regla Mandela 68");
        String notified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).toString();
        Api.Response ok = warden.post("/api/v1/transfers", base + ",\"familyNotification\":{\"notifiedPerson\":"
                + "\"Marta López (madre)\",\"means\":\"teléfono\",\"notifiedAt\":\"" + notified + "\"}}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        String id = ok.json().get("id").asString();
        assertThat(warden.post("/api/v1/transfers/" + id + "/arrival", "{}").status()).isEqualTo(409);
        assertThat(warden.post("/api/v1/transfers/" + id + "/departure", "{}").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/cells/" + cell).json().get("cell").get("cell").get("population").asInt()).isZero();
        assertThat(warden.post("/api/v1/transfers/" + id + "/arrival", "{}").status()).isEqualTo(200);
        UUID there = HousingFixtures.cell(admin, HousingFixtures.unit(admin, to), "C1", 40, 10);
        assertThat(HousingFixtures.place(warden, person, there, null).status()).isEqualTo(201);
        assertThat(warden.get("/api/v1/persons/" + person + "/placements").json().size()).isEqualTo(2);
    }
}
