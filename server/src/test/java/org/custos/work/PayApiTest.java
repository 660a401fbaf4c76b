package org.custos.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pay through the API: last month's attendance, a piece rate on its production and a bonus give each person's
 * earnings, credited to the account with the savings deduction shown (default 10 %); an unpaid programme is
 * refused and says so; bad input names its field; wrong role 403, another facility 404.
 */
@CustosTest
class PayApiTest {

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
    UUID a;
    UUID b;
    String base;
    YearMonth last;

    @BeforeEach
    void setUp() {
        fx = new WorkFixtures(port, users, facilities, admissions);
        Map<String, Object> p = fx.programme("WORKSHOP"); // 8-hour sessions, 3.50 a session, Sunday rest
        p.put("payBand", "A");
        programme = fx.createProgramme(p);
        a = fx.admit(LegalStatusKind.CONVICTED).personId();
        b = fx.admit(LegalStatusKind.CONVICTED).personId();
        fx.fit(a, false);
        fx.fit(b, false);
        UUID allocA = fx.allocate(a, programme);
        UUID allocB = fx.allocate(b, programme);
        // allocated earlier (attendance is refused before the allocation): backdated, as test set-up only
        jdbc.sql("update work_allocation set created_at = created_at - interval '70 days' where id in (:x, :y)")
                .param("x", allocA).param("y", allocB).update();
        base = "/api/v1/work/programmes/" + programme;
        last = YearMonth.from(WorkFixtures.today()).minusMonths(1);
    }

    private LocalDate weekday(int n) {
        LocalDate d = last.atDay(1);
        int seen = -1;
        while (true) {
            if (d.getDayOfWeek().getValue() != 7 && ++seen == n) return d;
            d = d.plusDays(1);
        }
    }

    private void attendance(LocalDate d, Object... marks) {
        Api.Response r = fx.manager.post(base + "/attendance", Api.json(Map.of("date", d.toString(), "records", List.of(marks))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void earningsFromAttendancePiecesAndABonusCreditedWithEveryDeduction() {
        LocalDate d1 = weekday(0);
        LocalDate d2 = weekday(1);
        attendance(d1, Map.of("personId", a), Map.of("personId", b, "outcome", "SICK"));
        attendance(d2, Map.of("personId", a, "hours", 4), Map.of("personId", b));
        assertThat(fx.manager.post(base + "/production", Api.json(Map.of("date", d2.toString(), "quantity", 110, "rejects", 10)))
                .status()).isEqualTo(201);
        Api.Response rate = fx.manager.post(base + "/pay-rates", Api.json(Map.of("perSession", 3.50, "pieceRate", 0.02,
                "validFrom", d2.toString(), "reason", "Acuerdo de tarifas 2026")));
        assertThat(rate.status()).as(rate.body()).isEqualTo(201);
        assertThat(fx.manager.post(base + "/pay-bonuses", Api.json(Map.of("personId", b, "month", last.toString(),
                "amount", 5, "reason", "Meta del mes cumplida"))).status()).isEqualTo(201);

        Api.Response credit = fx.manager.post(base + "/pay?month=" + last, "");
        assertThat(credit.status()).as(credit.body()).isEqualTo(200);
        assertThat(credit.json().get("credited").asInt()).isEqualTo(2);
        // a: 3.50 (d1, programme rate) + 3.50 × 4/8 = 1.75 (d2) + 0.02 × 100 good / 2 attendees = 1.00 → 6.25; savings 0.63
        // b: 3.50 (d2) + 1.00 pieces + 5.00 bonus = 9.50; savings 0.95
        JsonNode page = fx.manager.get(base + "/pay?month=" + last).json();
        Map<String, JsonNode> by = new java.util.HashMap<>();
        for (JsonNode s : page.get("statements")) by.put(s.get("personId").asString(), s);
        JsonNode sa = by.get(a.toString());
        JsonNode sb = by.get(b.toString());
        assertThat(new BigDecimal(sa.get("gross").asString())).isEqualByComparingTo("6.25");
        assertThat(new BigDecimal(sa.get("deductions").asString())).isEqualByComparingTo("0.63");
        assertThat(new BigDecimal(sa.get("net").asString())).isEqualByComparingTo("5.62");
        assertThat(sa.get("sessions").asInt()).isEqualTo(2);
        assertThat(new BigDecimal(sb.get("gross").asString())).isEqualByComparingTo("9.50");
        assertThat(new BigDecimal(sb.get("net").asString())).isEqualByComparingTo("8.55");

        JsonNode account = fx.manager.get("/api/v1/work/persons/" + a + "/account").json();
        assertThat(account.toString()).contains("\"kind\":\"NET\"", "\"kind\":\"SAVINGS\"");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode e : account) sum = sum.add(new BigDecimal(e.get("amount").asString()));
        assertThat(sum).isEqualByComparingTo("6.25"); // net and deductions add up to the gross
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'EarningsCredited' and subject_id in (:a, :b)")
                .param("a", a).param("b", b).query(Long.class).single()).isEqualTo(2);

        // credited once: a second run credits nobody; a bonus for a credited month is refused
        assertThat(fx.manager.post(base + "/pay?month=" + last, "").json().get("credited").asInt()).isZero();
        Api.Response late = fx.manager.post(base + "/pay-bonuses", Api.json(Map.of("personId", a, "month", last.toString(),
                "amount", 1, "reason", "x")));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.body()).contains("work.MONTH_ALREADY_CREDITED");
    }

    @Test
    void anUnpaidProgrammeHasNoPayAndBadInputIsRefusedWithItsField() {
        Map<String, Object> kitchen = fx.programme("KITCHEN");
        kitchen.put("paid", false);
        kitchen.remove("payRate");
        UUID unpaid = fx.createProgramme(kitchen);
        Api.Response r = fx.manager.post("/api/v1/work/programmes/" + unpaid + "/pay?month=" + last, "");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"programmeId\"", "work.PROGRAMME_UNPAID");
        assertThat(fx.manager.get("/api/v1/work/programmes/" + unpaid + "/pay").json().get("paid").asBoolean()).isFalse();

        Api.Response bad = fx.manager.post(base + "/pay-rates", Api.json(Map.of("perSession", -1, "pieceRate", 0.123456)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"perSession\"", "\"field\":\"pieceRate\"", "\"field\":\"validFrom\"");
        Api.Response current = fx.manager.post(base + "/pay?month=" + YearMonth.from(WorkFixtures.today()), "");
        assertThat(current.body()).contains("\"field\":\"month\"", "work.MONTH_NOT_ENDED");
        assertThat(jdbc.sql("select count(*) from work_pay_rate where programme_id = :g").param("g", programme)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from work_pay_statement where programme_id = :g").param("g", programme)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWrongRoleIsForbiddenAndAnotherFacilitysProgrammeDoesNotExist() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        assertThat(clerk.get(base + "/pay").status()).isEqualTo(403);
        Api sentencing = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        assertThat(sentencing.post(base + "/pay?month=" + last, "").status()).isEqualTo(403);
        Api elsewhere = Api.as(port, users.with(Role.WORK_MANAGER, Set.of(RegistryFixtures.facility(facilities)), null));
        assertThat(elsewhere.get(base + "/pay").status()).isEqualTo(404);
        assertThat(elsewhere.post(base + "/pay?month=" + last, "").status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/v1/work/persons/" + a + "/account").status()).isEqualTo(404);
    }
}
