package org.custos.work;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
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

/**
 * Allocations: a refusal names the eligibility rule and says why, and writes nothing; a full programme puts the
 * person on the waiting list; every status change is a new row; a release or a transfer ends the allocation by
 * itself (the work module listens to the registry's and movements' events).
 */
@CustosTest
class AllocationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    JdbcClient jdbc;

    WorkFixtures fx;
    UUID programme;

    @BeforeEach
    void setUp() {
        fx = new WorkFixtures(port, users, facilities, admissions);
        programme = fx.createProgramme(fx.programme("WORKSHOP"));
    }

    private long allocations(UUID person) {
        return jdbc.sql("select count(*) from work_allocation where person_id = :p").param("p", person).query(Long.class).single();
    }

    private String status(UUID allocation) {
        return jdbc.sql("select status from work_allocation where id = :a").param("a", allocation).query(String.class).single();
    }

    private List<String> history(UUID allocation) {
        return jdbc.sql("select status || ':' || coalesce(reason, '-') from work_allocation_status where allocation_id = :a"
                + " order by changed_at, id").param("a", allocation).query(String.class).list();
    }

    @Test
    void aRefusalNamesTheRuleAndItsReasonAndWritesNothing() {
        UUID person = fx.admit(LegalStatusKind.UNTRIED).personId();
        Api.Response r = fx.manager.post("/api/v1/work/allocations", Api.json(Map.of("personId", person, "programmeId", programme)));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("work.ineligible");
        assertThat(r.json().get("errors").toString()).contains("work.eligibility.UNTRIED_WITHOUT_CONSENT",
                "work.eligibility.MEDICAL_NOT_RECORDED", "Regla Mandela 116", "Regla Mandela 101");
        Api.Response check = fx.manager.get("/api/v1/work/programmes/" + programme + "/eligibility/" + person);
        assertThat(check.json().get("refusals").toString()).contains("\"rule\":\"LEGAL_STATUS\"", "\"version\":\"SV-PCO-2026.1\"");
        assertThat(allocations(person)).isZero();

        fx.fit(person, true);
        UUID allocation = fx.allocate(person, programme);
        assertThat(jdbc.sql("select credit_basis from work_allocation where id = :a").param("a", allocation)
                .query(String.class).single()).isEqualTo("AWAITING_CONVICTION");
    }

    @Test
    void aFullProgrammeHasAWaitingListAndEveryStatusChangeIsARow() {
        Map<String, Object> small = fx.programme("KITCHEN");
        small.put("capacity", 1);
        UUID kitchen = fx.createProgramme(small);
        UUID first = fx.admit(LegalStatusKind.CONVICTED).personId();
        UUID second = fx.admit(LegalStatusKind.CONVICTED).personId();
        fx.fit(first, false);
        fx.fit(second, false);
        UUID a = fx.allocate(first, kitchen);
        UUID b = fx.allocate(second, kitchen);
        assertThat(status(a)).isEqualTo("ACTIVE");
        assertThat(status(b)).isEqualTo("PENDING");
        String path = "/api/v1/work/allocations/" + a + "/status";
        assertThat(fx.manager.post(path, Api.json(Map.of("status", "SUSPENDED_WITH_PAY", "reason", "Consulta médica"))).status())
                .isEqualTo(200);
        assertThat(fx.manager.post(path, Api.json(Map.of("status", "ACTIVE"))).status()).isEqualTo(200);
        Api.Response noReason = fx.manager.post(path, Api.json(Map.of("status", "ENDED")));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(fx.manager.post(path, Api.json(Map.of("status", "ENDED", "reason", "COMPLETED"))).status()).isEqualTo(200);
        assertThat(fx.manager.post(path, Api.json(Map.of("status", "ACTIVE"))).status()).isEqualTo(409);
        assertThat(history(a)).containsExactly("ACTIVE:-", "SUSPENDED_WITH_PAY:Consulta médica", "ACTIVE:-", "ENDED:COMPLETED");
        assertThat(jdbc.sql("select count(*) from event_outbox where subject_id = :p and event_type = 'AllocationStatusChanged'")
                .param("p", first).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aReleaseEndsTheAllocationByItself() {
        UUID person = fx.admit(LegalStatusKind.CONVICTED).personId();
        fx.fit(person, false);
        UUID allocation = fx.allocate(person, programme);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Api.Response released = clerk.post("/api/v1/persons/" + person + "/release", Api.json(Map.of(
                "legalBasis", "Cumplimiento de pena", "authority", "Juzgado de Vigilancia",
                "releasedAt", RegistryFixtures.daysAgo(0).minusMinutes(5).toString(), "destination", "Domicilio")));
        assertThat(released.status()).as(released.body()).isEqualTo(201);
        assertThat(status(allocation)).isEqualTo("ENDED");
        assertThat(history(allocation)).containsExactly("ACTIVE:-", "ENDED:RELEASED");
    }

    @Test
    void aTransferEndsTheAllocationByItself() {
        UUID person = fx.admit(LegalStatusKind.CONVICTED).personId();
        fx.fit(person, false);
        UUID allocation = fx.allocate(person, programme);
        String to = RegistryFixtures.facility(facilities);
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(fx.facility, to), null));
        UUID cell = org.custos.housing.HousingFixtures.cell(admin, org.custos.housing.HousingFixtures.unit(admin, fx.facility),
                "C1", 40, 10);
        assertThat(org.custos.housing.HousingFixtures.place(warden, person, cell, null).status()).isEqualTo(201);
        String notified = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2).toString();
        Api.Response t = warden.post("/api/v1/transfers", "{\"personId\":\"" + person + "\",\"toFacility\":\"" + to
                + "\",\"reason\":\"Descongestión\",\"authorizedBy\":\"Director General\",\"familyNotification\":"
                + "{\"notifiedPerson\":\"Marta López (madre)\",\"means\":\"teléfono\",\"notifiedAt\":\"" + notified + "\"}}");
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        String id = t.json().get("id").asString();
        assertThat(warden.post("/api/v1/transfers/" + id + "/departure", "{}").status()).isEqualTo(200);
        assertThat(status(allocation)).isEqualTo("ACTIVE");
        assertThat(warden.post("/api/v1/transfers/" + id + "/arrival", "{}").status()).isEqualTo(200);
        assertThat(status(allocation)).isEqualTo("ENDED");
        assertThat(history(allocation)).containsExactly("ACTIVE:-", "ENDED:TRANSFERRED");
        assertThat(jdbc.sql("select facility_code from work_person where person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo(to);
    }
}
