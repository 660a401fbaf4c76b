package org.custos.housing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.Sex;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.housing.HousingFixtures.cell;
import static org.custos.housing.HousingFixtures.place;
import static org.custos.housing.HousingFixtures.unit;

/** Placements over real HTTP: separation, overrides, capacity violations, bad input, concurrency, scope. */
@CustosTest
@Tag("database")
class PlacementApiTest {

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

    HousingFixtures fx;
    String facility;
    Api admin;
    Api warden;
    Api officer;
    UUID unit;

    @BeforeEach
    void setUp() {
        fx = new HousingFixtures(facilities, admissions, documents);
        facility = fx.facility();
        admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        unit = unit(admin, facility);
    }

    @Test
    void untriedAndConvictedAreNeverPlacedTogether() {
        UUID cell = cell(admin, unit, "C1", 40, 10);
        assertThat(place(officer, fx.admit(facility, LegalStatusKind.UNTRIED), cell, null).status()).isEqualTo(201);
        Api.Response refused = place(officer, fx.admit(facility, LegalStatusKind.CONVICTED), cell,
                "\"overrideReason\":\"no hay sitio\"");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("housing.separation");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("cellId");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("procesadas", "condenadas");
        assertThat(population(cell)).isEqualTo(1);
    }

    @Test
    void menAndWomenMinorsAndAdultsImmigrationAndCriminalAreSeparated() {
        UUID cell = cell(admin, unit, "C1", 40, 10);
        place(officer, fx.admit(facility, LegalStatusKind.UNTRIED), cell, null);
        UUID woman = fx.admit(facility, Sex.FEMALE, LegalStatusKind.UNTRIED, LocalDate.of(1990, 1, 1));
        assertThat(codes(place(officer, woman, cell, null))).contains("housing.separation.sex");
        UUID minor = fx.admit(facility, Sex.MALE, LegalStatusKind.UNTRIED, LocalDate.now().minusYears(16));
        assertThat(codes(place(officer, minor, cell, null))).contains("housing.separation.age");
        UUID migrant = fx.admit(facility, LegalStatusKind.IMMIGRATION_DETENTION);
        assertThat(codes(place(officer, migrant, cell, null))).contains("housing.separation.civil-criminal");
    }

    @Test
    void onlyAWardenOverridesRivalGroupsAndEveryOverrideIsRecorded() {
        UUID cell = cell(admin, unit, "C1", 40, 10);
        UUID a = fx.admit(facility, LegalStatusKind.UNTRIED);
        UUID b = fx.admit(facility, LegalStatusKind.UNTRIED);
        officer.send("PUT", "/api/v1/housing/persons/" + a + "/classification", "application/json",
                "{\"group\":\"MS-13\",\"reason\":\"tatuajes\"}".getBytes());
        officer.send("PUT", "/api/v1/housing/persons/" + b + "/classification", "application/json",
                "{\"group\":\"BARRIO-18-SURENOS\",\"reason\":\"declaración\"}".getBytes());
        place(officer, a, cell, null);
        assertThat(codes(place(officer, b, cell, null))).contains("housing.separation.classification");
        assertThat(place(officer, b, cell, "\"overrideReason\":\"x\"").status()).isEqualTo(403);
        Api.Response ok = place(warden, b, cell, "\"overrideReason\":\"Celda de aislamiento en reparación\"");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(warden.get("/api/v1/housing/overrides").body()).contains("Celda de aislamiento en reparación");
    }

    @Test
    void beyondBunksOnlyWithAReasonAndRecordedAsAViolation() {
        UUID cell = cell(admin, unit, "C1", 8, 1);
        place(officer, fx.admit(facility, LegalStatusKind.CONVICTED), cell, null);
        UUID second = fx.admit(facility, LegalStatusKind.CONVICTED);
        Api.Response refused = place(officer, second, cell, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("capacityReason");
        Api.Response ok = place(officer, second, cell, "\"capacityReason\":\"Ingreso masivo\"");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("violations").toString()).contains("BUNKS");
        assertThat(officer.get("/api/v1/housing/violations").body()).contains("Ingreso masivo");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        Api.Response r = admin.post("/api/v1/units/" + unit + "/cells",
                "{\"code\":\"X\",\"floorArea\":0,\"bunks\":-1,\"toilets\":60,\"showers\":1,\"declaredCapacity\":4}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(fields(r)).contains("floorArea", "bunks", "toilets");
        Api.Response small = admin.post("/api/v1/units/" + unit + "/cells",
                "{\"code\":\"Y\",\"floorArea\":10,\"bunks\":2,\"toilets\":6,\"showers\":1,\"declaredCapacity\":2}");
        assertThat(fields(small)).containsExactly("toilets");
        assertThat(admin.get("/api/v1/units/" + unit + "/cells").body()).isEqualTo("[]");
        UUID cell = cell(admin, unit, "C1", 40, 10);
        Api.Response unknown = place(officer, UUID.randomUUID(), cell, null);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("personId");
        String other = fx.facility();
        UUID elsewhere = cell(admin, unit(admin, other), "C9", 40, 10);
        Api.Response moved = place(Api.as(port, users.with(Role.CUSTODY_OFFICER)),
                fx.admit(facility, LegalStatusKind.UNTRIED), elsewhere, null);
        assertThat(moved.json().get("errors").get(0).get("code").asString()).isEqualTo("housing.cell.other-facility");
        UUID closed = cell(admin, unit, "C2", 40, 10);
        admin.send("PUT", "/api/v1/cells/" + closed + "/capacity", "application/json", ("{\"floorArea\":40,\"bunks\":10,"
                + "\"toilets\":1,\"showers\":1,\"inService\":false,\"declaredCapacity\":10,\"reason\":\"Humedad\"}").getBytes());
        Api.Response out = place(officer, fx.admit(facility, LegalStatusKind.UNTRIED), closed, null);
        assertThat(out.json().get("errors").get(0).get("code").asString()).isEqualTo("housing.cell.out-of-service");
        assertThat(admin.get("/api/v1/cells/" + closed + "/capacity-history").body()).contains("Humedad");
    }

    @Test
    void parallelPlacementsIntoOneCellNeverLoseACount() throws Exception {
        UUID cell = cell(admin, unit, "C1", 400, 100);
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            persons.add(fx.admit(facility, LegalStatusKind.UNTRIED));
        }
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (UUID p : persons) {
                statuses.add(pool.submit(() -> place(officer, p, cell, null).status()));
            }
            for (Future<Integer> f : statuses) {
                assertThat(f.get()).isEqualTo(201);
            }
        }
        assertThat(population(cell)).isEqualTo(24);
        assertThat(officer.get("/api/v1/cells/" + cell).json().get("occupants").size()).isEqualTo(24);
    }

    @Test
    void facilityScopedStaffSeeOnlyTheirFacilitiesAndLiaisonsNothing() {
        UUID cell = cell(admin, unit, "C1", 40, 10);
        Api stranger = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(fx.facility()), null));
        assertThat(stranger.get("/api/v1/cells/" + cell).status()).isEqualTo(404);
        assertThat(place(stranger, fx.admit(facility, LegalStatusKind.UNTRIED), cell, null).status()).isEqualTo(422);
        assertThat(Api.as(port, users.with(Role.LIAISON, Set.of(), "US")).get("/api/v1/capacity").status()).isEqualTo(403);
        assertThat(Api.as(port, users.with(Role.MONITOR)).get("/api/v1/cells/" + cell).status()).isEqualTo(200);
        assertThat(Api.as(port, users.with(Role.MONITOR)).post("/api/v1/placements", "{}").status()).isEqualTo(403);
    }

    private int population(UUID cell) {
        return admin.get("/api/v1/cells/" + cell).json().get("cell").get("cell").get("population").asInt();
    }

    private static List<String> codes(Api.Response r) {
        List<String> codes = new ArrayList<>();
        r.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }

    private static List<String> fields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
