package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.ledger.RecordsBaselined;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows in every work table, through the module's API, for the record audit's tamper test: a paid workshop, two
 * convicted workers with profiles and allocations, last month's attendance, output, target, pay rate, bonus and pay,
 * credits derived and one person's certified, today's attendance corrected (a second revision).
 */
public final class WorkLedgerData {

    private static final String SHA = "c".repeat(64);

    private WorkLedgerData() {
    }

    public static void write(int port, TestUsers users, FacilityDirectory facilities, Admissions admissions,
                             JdbcClient jdbc, ApplicationContext context) {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        Api judgeClerk = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        Map<String, Object> p = fx.programme("WORKSHOP");
        p.put("payBand", "A");
        UUID programme = fx.createProgramme(p);
        fx.createProgramme(fx.programme("WORKSHOP"));
        UUID a = fx.admit(LegalStatusKind.CONVICTED).personId();
        UUID b = fx.admit(LegalStatusKind.CONVICTED).personId();
        ok(judgeClerk.post("/api/v1/persons/" + a + "/sentences", Api.json(Map.of("jurisdiction", "SV",
                "offenceCode", "HURTO", "offenceClassification", "LESSER", "years", 5, "months", 0, "days", 0,
                "startDate", "2024-01-01", "offenceDate", "2023-06-01"))));
        fx.fit(a, true);
        fx.fit(b, true);
        UUID allocA = fx.allocate(a, programme);
        UUID allocB = fx.allocate(b, programme);
        // allocated earlier (attendance is refused before the allocation): backdated as test set-up only, and the
        // backdated rows committed again, as they stand, so that the audit starts clean
        jdbc.sql("update work_allocation set created_at = created_at - interval '70 days' where id in (:x, :y)")
                .param("x", allocA).param("y", allocB).update();
        new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(s -> context.publishEvent(new RecordsBaselined(UUID.randomUUID(),
                        "work_allocation", "id", List.of(allocA.toString(), allocB.toString()), "test",
                        OffsetDateTime.now(ZoneOffset.UTC))));
        String base = "/api/v1/work/programmes/" + programme;
        YearMonth last = YearMonth.from(WorkFixtures.today()).minusMonths(1);
        LocalDate d1 = weekday(last, 0);
        LocalDate d2 = weekday(last, 1);
        ok(fx.manager.post(base + "/attendance", Api.json(Map.of("date", d1.toString(), "records",
                List.of(Map.of("personId", a), Map.of("personId", b, "outcome", "SICK"))))));
        ok(fx.manager.post(base + "/attendance", Api.json(Map.of("date", d2.toString(), "records",
                List.of(Map.of("personId", a), Map.of("personId", b))))));
        ok(fx.manager.post(base + "/production-targets", Api.json(Map.of("product", "Camisas", "unit", "GARMENTS",
                "per", "SESSION", "quantity", 1000, "validFrom", last.atDay(1).toString(), "orderRef", "OC-2026-17"))));
        ok(fx.manager.post(base + "/production-targets", Api.json(Map.of("product", "Pantalones", "unit", "GARMENTS",
                "per", "MONTH", "quantity", 9000, "validFrom", last.atDay(2).toString()))));
        ok(fx.manager.post(base + "/production", Api.json(Map.of("date", d1.toString(), "quantity", 90, "rejects", 5))));
        ok(fx.manager.post(base + "/production", Api.json(Map.of("date", d2.toString(), "quantity", 110, "rejects", 10))));
        ok(fx.manager.post(base + "/pay-rates", Api.json(Map.of("perSession", 3.50, "pieceRate", 0.02,
                "validFrom", d1.toString(), "reason", "Acuerdo de tarifas 2026"))));
        ok(fx.manager.post(base + "/pay-rates", Api.json(Map.of("perSession", 3.75, "validFrom", d2.toString(),
                "reason", "Revisión de tarifas"))));
        ok(fx.manager.post(base + "/pay-bonuses", Api.json(Map.of("personId", b, "month", last.toString(),
                "amount", 5, "reason", "Meta del mes cumplida"))));
        ok(fx.manager.post(base + "/pay-bonuses", Api.json(Map.of("personId", a, "month", last.toString(),
                "amount", 2, "reason", "Puntualidad"))));
        ok(fx.manager.post(base + "/pay?month=" + last, ""));
        ok(fx.manager.post(base + "/credits/derive?month=" + last, ""));
        ok(judgeClerk.post("/api/v1/work/certifications", Api.json(Map.of("month", last.toString(), "decisions",
                List.of(Map.of("personId", a, "decision", "APPROVED", "constancia", "JVP-SS-2026-7",
                        "documentSha256", SHA))))));
        ok(fx.manager.post(base + "/attendance", Api.json(Map.of("date", WorkFixtures.today().toString(), "records",
                List.of(Map.of("personId", a), Map.of("personId", b))))));
        String record = jdbc.sql("select id::text from work_attendance where person_id = :p and session_date = :d")
                .param("p", b).param("d", WorkFixtures.today()).query(String.class).single();
        ok(fx.manager.post("/api/v1/work/attendance/" + record + "/corrections",
                Api.json(Map.of("outcome", "SICK", "reason", "Estuvo en la clínica; anotado por error"))));
    }

    private static LocalDate weekday(YearMonth month, int n) {
        LocalDate d = month.atDay(1);
        int seen = -1;
        while (true) {
            if (d.getDayOfWeek().getValue() != 7 && ++seen == n) return d;
            d = d.plusDays(1);
        }
    }

    private static void ok(Api.Response r) {
        if (r.status() / 100 != 2) throw new AssertionError(r.status() + " " + r.body());
    }
}
