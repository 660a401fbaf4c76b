package org.custos.work;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.TestUsers;

/**
 * A month with known answers, in a facility of its own: one workshop (8-hour sessions, no rest day) with five persons
 * allocated — {@code worker} attends 8 h and has a sentence, {@code partial} attends 4 h (below the 8 h a credit needs),
 * {@code sick} is sick, {@code notRequired} was not required, {@code unrecorded} has no record; a month target of
 * 1,000 pieces from the 1st against 850 made and 50 rejected (800 good, 80 %); the worker's day certified by the judge
 * with constancia {@link #CONSTANCIA}. So: allocated 5, attending 2, attendance 2 of 3 expected (67 %), 12 hours,
 * 1 day credited, no pay (the month has not ended), production 80 % (below target).
 */
public final class WorkReportScenario {

    public static final String CONSTANCIA = "JVP-SS-2026-777";

    public final WorkFixtures fx;
    public final UUID programme;
    public final String programmeCode;
    public final YearMonth month;
    public final Admitted worker;
    public final Admitted partial;
    public final Api administrator;
    public final String administratorName;

    public WorkReportScenario(int port, TestUsers users, FacilityDirectory facilities, Admissions admissions) {
        fx = new WorkFixtures(port, users, facilities, admissions);
        LocalDate today = WorkFixtures.today();
        month = YearMonth.from(today);
        Map<String, Object> p = fx.programme("WORKSHOP");
        p.remove("restDay");
        p.put("name", "Taller de piezas");
        programmeCode = ((String) p.get("code")).toUpperCase(java.util.Locale.ROOT);
        programme = fx.createProgramme(p);
        administratorName = users.with(Role.SENTENCE_ADMINISTRATOR);
        administrator = Api.as(port, administratorName);
        worker = allocated();
        partial = allocated();
        Admitted sick = allocated();
        Admitted notRequired = allocated();
        allocated();
        expect(administrator.post("/api/v1/persons/" + worker.personId() + "/sentences", Api.json(Map.of("jurisdiction", "SV",
                "offenceCode", "HURTO", "offenceClassification", "LESSER", "years", 5, "months", 0, "days", 0,
                "startDate", "2024-01-01", "offenceDate", "2023-06-01"))), 201);
        expect(fx.manager.post("/api/v1/work/programmes/" + programme + "/attendance", Api.json(Map.of("date", today.toString(),
                "records", List.of(Map.of("personId", worker.personId()),
                        Map.of("personId", partial.personId(), "outcome", "ATTENDED", "hours", 4),
                        Map.of("personId", sick.personId(), "outcome", "SICK"),
                        Map.of("personId", notRequired.personId(), "outcome", "NOT_REQUIRED"))))), 201);
        expect(fx.manager.post("/api/v1/work/programmes/" + programme + "/production-targets", Api.json(Map.of("product",
                "Piezas", "unit", "PIECES", "per", "MONTH", "quantity", 1000, "validFrom", month.atDay(1).toString()))), 201);
        expect(fx.manager.post("/api/v1/work/programmes/" + programme + "/production", Api.json(Map.of("date", today.toString(),
                "quantity", 850, "rejects", 50))), 201);
        expect(fx.manager.post("/api/v1/work/programmes/" + programme + "/credits/derive?month=" + month, ""), 200);
        expect(administrator.post("/api/v1/work/certifications", Api.json(Map.of("month", month.toString(), "decisions",
                List.of(Map.of("personId", worker.personId(), "decision", "APPROVED", "constancia", CONSTANCIA,
                        "documentSha256", "d".repeat(64)))))), 200);
    }

    private Admitted allocated() {
        Admitted a = fx.admit(LegalStatusKind.CONVICTED);
        fx.fit(a.personId(), false);
        fx.allocate(a.personId(), programme);
        return a;
    }

    private static void expect(Api.Response r, int status) {
        if (r.status() != status) throw new AssertionError(r.status() + " " + r.body());
    }
}
