package org.custos.movements;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One pending transfer per person; nobody placed while out; arrivals after departure, by the receiving staff. */
@CustosTest
@Tag("database")
class TransferRulesTest {

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

    @Test
    void aPersonHasAtMostOnePendingTransfer() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        Api warden = Api.as(port, users.with(Role.WARDEN));
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        Transfers.authorize(warden, person, fx.facility());
        Api.Response second = Transfers.request(warden, person, fx.facility());
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("movements.transfer-pending");
        assertThat(second.json().get("errors").get(0).get("field").asString()).isEqualTo("personId");
    }

    @Test
    void nobodyIsPlacedWhileOutAndTheArrivalLeavesNoPhantomOccupant() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN));
        UUID unit = HousingFixtures.unit(admin, from);
        UUID cell = HousingFixtures.cell(admin, unit, "C1", 40, 10);
        UUID other = HousingFixtures.cell(admin, unit, "C2", 40, 10);
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        assertThat(HousingFixtures.place(warden, person, cell, null).status()).isEqualTo(201);
        String transfer = Transfers.authorize(warden, person, to);
        assertThat(warden.post("/api/v1/transfers/" + transfer + "/departure", "{}").status()).isEqualTo(200);

        Api.Response placed = HousingFixtures.place(warden, person, other, null);
        assertThat(placed.status()).as(placed.body()).isEqualTo(409);
        assertThat(placed.json().get("code").asString()).isEqualTo("housing.person.out");

        assertThat(warden.post("/api/v1/transfers/" + transfer + "/arrival", "{}").status()).isEqualTo(200);
        assertThat(population(admin, cell)).isZero();
        assertThat(population(admin, other)).isZero();
        var placements = warden.get("/api/v1/persons/" + person + "/placements").json();
        assertThat(placements.size()).isEqualTo(1);
        assertThat(placements.get(0).path("to").isString()).as(placements.toString()).isTrue();
    }

    @Test
    void anEscortedPersonIsNotPlacedEither() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN));
        UUID unit = HousingFixtures.unit(admin, from);
        UUID cell = HousingFixtures.cell(admin, unit, "C1", 40, 10);
        UUID other = HousingFixtures.cell(admin, unit, "C2", 40, 10);
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        assertThat(HousingFixtures.place(warden, person, cell, null).status()).isEqualTo(201);
        assertThat(warden.post("/api/v1/escorts", "{\"personId\":\"" + person + "\",\"purpose\":\"HOSPITAL\","
                + "\"destination\":\"Hospital Rosales\",\"authorizedBy\":\"Dr. Rivas\",\"escortStaff\":[\"Agente Cruz\"]}")
                .status()).isEqualTo(201);
        Api.Response moved = HousingFixtures.place(warden, person, other, null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(409);
        assertThat(moved.json().get("code").asString()).isEqualTo("housing.person.out");
        assertThat(population(admin, cell)).isEqualTo(1);
        assertThat(population(admin, other)).isZero();
    }

    @Test
    void theArrivalFollowsTheDepartureAndIsRecordedByTheReceivingFacility() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api sending = Api.as(port, users.with(Role.WARDEN, Set.of(from), null));
        Api receiving = Api.as(port, users.with(Role.WARDEN, Set.of(to), null));
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        String transfer = Transfers.authorize(sending, person, to);
        OffsetDateTime departed = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
        assertThat(sending.post("/api/v1/transfers/" + transfer + "/departure", "{\"at\":\"" + departed + "\"}")
                .status()).isEqualTo(200);

        Api.Response bySender = sending.post("/api/v1/transfers/" + transfer + "/arrival", "{}");
        assertThat(bySender.status()).as(bySender.body()).isEqualTo(404);
        Api.Response early = receiving.post("/api/v1/transfers/" + transfer + "/arrival",
                "{\"at\":\"" + departed.minusMinutes(30) + "\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(early.body()).contains("movements.arrival.before-departure");
        assertThat(receiving.post("/api/v1/transfers/" + transfer + "/arrival", "{\"at\":\"" + departed.plusHours(1)
                + "\"}").status()).isEqualTo(200);
    }

    /** A placement left open while out (as the code before one-placement-while-out allowed) is ended on arrival. */
    @Test
    void anArrivalEndsAPlacementLeftOpenAndLowersItsCellsPopulation() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN));
        UUID cell = HousingFixtures.cell(admin, HousingFixtures.unit(admin, from), "C1", 40, 10);
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        String transfer = Transfers.authorize(warden, person, fx.facility());
        assertThat(warden.post("/api/v1/transfers/" + transfer + "/departure", "{}").status()).isEqualTo(200);
        jdbc.sql("""
                insert into placement(id, person_id, cell_id, facility_code, started_at, placed_by)
                values (:id, :p, :c, :f, now(), 'legacy')""").param("id", UUID.randomUUID()).param("p", person)
                .param("c", cell).param("f", from).update();
        jdbc.sql("update cell set population = population + 1 where id = :c").param("c", cell).update();
        jdbc.sql("update housing_person set cell_id = :c where person_id = :p").param("c", cell).param("p", person).update();

        assertThat(warden.post("/api/v1/transfers/" + transfer + "/arrival", "{}").status()).isEqualTo(200);
        assertThat(population(admin, cell)).isZero();
        assertThat(jdbc.sql("select count(*) from placement where person_id = :p and ended_at is null")
                .param("p", person).query(Long.class).single()).isZero();
    }

    private static int population(Api admin, UUID cell) {
        return admin.get("/api/v1/cells/" + cell).json().get("cell").get("cell").get("population").asInt();
    }
}
