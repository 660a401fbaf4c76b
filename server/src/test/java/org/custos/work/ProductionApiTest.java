package org.custos.work;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production through the API: a target and a session's output and rejects give production against target per
 * day and month; bad input is refused with its field and nothing written; a wrong role gets 403, a workshop of
 * another facility 404; each record is a ledger-bound event naming its row.
 */
@CustosTest
class ProductionApiTest {

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
    String base;

    @BeforeEach
    void setUp() {
        fx = new WorkFixtures(port, users, facilities, admissions);
        programme = fx.createProgramme(fx.programme("WORKSHOP")); // rest day Sunday
        base = "/api/v1/work/programmes/" + programme;
    }

    private long rows() {
        return jdbc.sql("select count(*) from work_production where programme_id = :g").param("g", programme)
                .query(Long.class).single();
    }

    private void refused(Api.Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").toString()).as(r.body()).contains("\"field\":\"" + field + "\"", "\"code\":\"" + code + "\"");
    }

    @Test
    void outputAgainstASessionTargetPerDayAndMonth() {
        LocalDate today = WorkFixtures.today();
        YearMonth month = YearMonth.from(today);
        Api.Response t = fx.manager.post(base + "/production-targets", Api.json(Map.of("product", "Camisas", "unit", "GARMENTS",
                "per", "SESSION", "quantity", 1000, "validFrom", month.atDay(1).toString(), "orderRef", "OC-2026-17")));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        Api.Response r = fx.manager.post(base + "/production", Api.json(Map.of("date", today.toString(), "team", "A",
                "quantity", 700, "rejects", 20)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(fx.manager.post(base + "/production", Api.json(Map.of("date", today.toString(), "team", "B",
                "quantity", 400, "rejects", 0))).status()).isEqualTo(201);

        JsonNode days = fx.manager.get(base + "/production?month=" + month).json();
        JsonNode day = null;
        for (JsonNode d : days) if (d.get("date").asString().equals(today.toString())) day = d;
        assertThat(day).as(days.toString()).isNotNull();
        boolean restDay = today.getDayOfWeek().getValue() == 7;
        assertThat(day.get("quantity").asLong()).isEqualTo(1100);
        assertThat(day.get("rejects").asLong()).isEqualTo(20);
        assertThat(day.get("good").asLong()).isEqualTo(1080);
        assertThat(day.get("target").asLong()).isEqualTo(restDay ? 0 : 1000);
        if (!restDay) assertThat(day.get("percent").asInt()).isEqualTo(108);

        JsonNode lines = fx.manager.get("/api/v1/work/production?month=" + month + "&facility=" + fx.facility).json();
        assertThat(lines.size()).isEqualTo(1);
        JsonNode line = lines.get(0);
        assertThat(line.get("programmeId").asString()).isEqualTo(programme.toString());
        assertThat(line.get("good").asLong()).isEqualTo(1080);
        long sessions = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).filter(d -> d.getDayOfWeek().getValue() != 7).count();
        assertThat(line.get("target").asLong()).isEqualTo(sessions * 1000);

        UUID id = UUID.fromString(r.json().get("id").asString());
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'ProductionRecorded' and subject_id = :g")
                .param("g", programme).query(Long.class).single()).isEqualTo(2);
        assertThat(new ProductionRecorded(UUID.randomUUID(), programme, id, today, "A", 700, 20, fx.facility, "x",
                java.time.OffsetDateTime.now()).writtenRows()).extracting(w -> w.value()).containsExactly(id);
    }

    @Test
    void badInputIsRefusedWithItsFieldAndNothingWritten() {
        LocalDate today = WorkFixtures.today();
        refused(fx.manager.post(base + "/production", Api.json(Map.of("date", today.plusDays(1).toString(), "quantity", 5))),
                "date", "work.DATE_IN_FUTURE");
        refused(fx.manager.post(base + "/production", Api.json(Map.of("date", today.toString(), "quantity", 5, "rejects", 6))),
                "rejects", "work.REJECTS_ABOVE_QUANTITY");
        refused(fx.manager.post(base + "/production", Api.json(Map.of("date", today.toString(), "quantity", -1))),
                "quantity", "work.QUANTITY_INVALID");
        refused(fx.manager.post(base + "/production", Api.json(Map.of("quantity", 5))), "date", "work.DATE_REQUIRED");
        assertThat(rows()).isZero();
        assertThat(fx.manager.post(base + "/production", Api.json(Map.of("date", today.toString(), "quantity", 5))).status())
                .isEqualTo(201);
        refused(fx.manager.post(base + "/production", Api.json(Map.of("date", today.toString(), "quantity", 9))),
                "team", "work.PRODUCTION_EXISTS");
        assertThat(rows()).isEqualTo(1);
        refused(fx.manager.post(base + "/production-targets", Api.json(Map.of("product", "Pares", "unit", "LITRES", "per", "YEAR",
                "quantity", 0, "validFrom", today.toString()))), "unit", "work.UNIT_INVALID");
        Api.Response r = fx.manager.post(base + "/production-targets", Api.json(Map.of("product", "", "unit", "PAIRS",
                "per", "YEAR", "quantity", 0)));
        assertThat(r.json().get("errors").toString()).contains("\"field\":\"product\"", "\"field\":\"per\"",
                "\"field\":\"quantity\"", "\"field\":\"validFrom\"");
        assertThat(jdbc.sql("select count(*) from work_production_target where programme_id = :g").param("g", programme)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWrongRoleIsForbiddenAndAnotherFacilitysWorkshopDoesNotExist() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        assertThat(clerk.get("/api/v1/work/production").status()).isEqualTo(403);
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(fx.facility), null));
        assertThat(warden.post(base + "/production", Api.json(Map.of("date", WorkFixtures.today().toString(), "quantity", 1)))
                .status()).isEqualTo(403); // recording output is the work manager's
        String other = RegistryFixtures.facility(facilities);
        Api elsewhere = Api.as(port, users.with(Role.WORK_MANAGER, Set.of(other), null));
        assertThat(elsewhere.get(base + "/production").status()).isEqualTo(404);
        assertThat(elsewhere.post(base + "/production", Api.json(Map.of("date", WorkFixtures.today().toString(), "quantity", 1)))
                .status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/v1/work/production").json().toString()).doesNotContain(programme.toString());
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        assertThat(monitor.get(base + "/production").status()).isEqualTo(200);
        assertThat(monitor.post(base + "/production-targets", Api.json(Map.of())).status()).isEqualTo(403);
    }
}
