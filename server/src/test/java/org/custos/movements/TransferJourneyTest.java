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
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission, transfer departure and arrival: afterwards every module names the receiving facility —
 * the registry file, the gate, the capacity figures, the home counts and sentencing — and none the sending one.
 */
@CustosTest
@Tag("database")
class TransferJourneyTest {

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
    void afterTheArrivalEveryModuleHoldsThePersonAtTheReceivingFacility() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api sendingWarden = Api.as(port, users.with(Role.WARDEN, Set.of(from), null));
        Api receivingWarden = Api.as(port, users.with(Role.WARDEN, Set.of(to), null));
        Api sendingClerk = Api.as(port, users.with(Role.RECORDS_CLERK, Set.of(from), null));
        Api receivingClerk = Api.as(port, users.with(Role.RECORDS_CLERK, Set.of(to), null));
        Api gateOfficer = Api.as(port, users.with(Role.CUSTODY_OFFICER));
        UUID cell = HousingFixtures.cell(admin, HousingFixtures.unit(admin, from), "C1", 40, 10);
        UUID person = fx.admit(from, LegalStatusKind.UNTRIED);
        assertThat(HousingFixtures.place(sendingWarden, person, cell, null).status()).isEqualTo(201);

        String transfer = Transfers.authorize(sendingWarden, person, to);
        OffsetDateTime departed = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
        Api.Response departure = sendingWarden.post("/api/v1/transfers/" + transfer + "/departure",
                "{\"at\":\"" + departed + "\"}");
        assertThat(departure.status()).as(departure.body()).isEqualTo(200);
        Api.Response arrival = receivingWarden.post("/api/v1/transfers/" + transfer + "/arrival", "{}");
        assertThat(arrival.status()).as(arrival.body()).isEqualTo(200);

        Api.Response file = receivingClerk.get("/api/v1/persons/" + person + "?purpose=Ingreso%20por%20traslado");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.json().get("facilityCode").asString()).isEqualTo(to);
        assertThat(sendingClerk.get("/api/v1/persons/" + person + "?purpose=Consulta").status()).isEqualTo(404);
        assertThat(receivingClerk.get("/api/v1/persons/" + person + "/sentences").status()).isEqualTo(200);
        assertThat(sendingClerk.get("/api/v1/persons/" + person + "/sentences").status()).isEqualTo(404);

        String booking = fx.booking(person);
        Api.Response here = gateOfficer.post("/api/v1/gate/entries", lawyerVisiting(to, booking));
        assertThat(here.status()).as(here.body()).isEqualTo(201);
        Api.Response there = gateOfficer.post("/api/v1/gate/entries", lawyerVisiting(from, booking));
        assertThat(there.status()).as(there.body()).isEqualTo(422);
        assertThat(there.body()).contains("gate.visited.notHere");

        assertThat(held(admin, from)).isZero();
        assertThat(held(admin, to)).isEqualTo(1);
        JsonNode capacity = admin.get("/api/v1/capacity").json().get("facilities");
        assertThat(figure(capacity, from, "population")).isZero();
        assertThat(figure(capacity, from, "unplaced")).isZero();
        assertThat(figure(capacity, to, "unplaced")).isEqualTo(1);
        assertThat(jdbc.sql("select facility_code from sentencing_person where person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo(to);
    }

    private static long held(Api api, String facility) {
        return api.get("/api/v1/persons?facility=" + facility + "&held=true").json().get("total").asLong();
    }

    private static long figure(JsonNode facilities, String code, String field) {
        for (JsonNode f : facilities) {
            if (f.get("code").asString().equals(code)) {
                return f.get(field).asLong();
            }
        }
        throw new AssertionError("no capacity line for " + code);
    }

    private static String lawyerVisiting(String facility, String booking) {
        return "{\"facilityCode\":\"" + facility + "\",\"person\":{\"kind\":\"LAWYER\",\"givenNames\":\"Ana Sofía\","
                + "\"firstSurname\":\"Martínez\",\"documentType\":\"PASSPORT\",\"documentNumber\":\"P"
                + TestData.unique().toUpperCase() + "\",\"documentCountry\":\"SV\",\"organisation\":\"Bufete Martínez\"},"
                + "\"purpose\":\"Entrevista\",\"visitedBooking\":\"" + booking + "\",\"authorizedBy\":\"Marta Elena Campos\"}";
    }
}
