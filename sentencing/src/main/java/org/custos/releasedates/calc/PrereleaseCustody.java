package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.result.Alert;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;

/**
 * The prerelease-custody date of 18 U.S.C. 3624(g)(1)(A): the first day on which the time credits the
 * prisoner has <em>already earned</em>, beyond those applied toward supervised release, equal the remainder
 * of the term. Credits come in steps (a whole 30-day period completes on a given day), so the day is the
 * first D with {@code earned(D) − supervised ≥ release − D}: never earlier than release minus every credit,
 * and later where the last steps complete after that day. Participation dated after D is flagged: it did
 * not produce that date.
 */
final class PrereleaseCustody {
    private PrereleaseCustody() {}

    /** A 30-day period completed on {@code date}; {@code earned} credits in total up to it. */
    record Step(LocalDate date, long earned) {}

    /** Forfeited credits are lost from the last earned: no step counts more than the net total. */
    static void capAt(List<Step> steps, long net) {
        steps.replaceAll(s -> s.earned() > net ? new Step(s.date(), net) : s);
    }

    static DateResult date(Work w, FirstStepAct fsa, LocalDate release, List<Alert> alerts) {
        long sr = fsa.supervisedRelease;
        LocalDate placed = null;
        long availableThen = 0;
        for (int k = 0; k < fsa.steps.size() && placed == null; k++) {
            Step s = fsa.steps.get(k);
            long available = s.earned() - sr;
            if (available <= 0) continue;
            LocalDate d = release.minusDays(available);
            if (d.isBefore(s.date())) d = s.date();
            boolean last = k == fsa.steps.size() - 1;
            if (last || d.isBefore(fsa.steps.get(k + 1).date())) {
                placed = d;
                availableThen = available;
            }
        }
        List<DerivationLine> lines = new ArrayList<>();
        lines.add(Work.line("PROJECTED_RELEASE", Release.version(w, "TERM"), 0, "release before any weekend move " + release,
                "RELEASE_BEFORE_WEEKDAY_MOVE", StepArg.date("release", release)));
        lines.add(Work.line("FSA_PRERELEASE", fsa.version, -fsa.prerelease,
                "time credits beyond the supervised-release portion, toward prerelease custody (3624(g))",
                "FSA_PRERELEASE", StepArg.count("days", fsa.prerelease)));
        long later = placed.toEpochDay() - release.minusDays(fsa.prerelease).toEpochDay();
        if (later > 0)
            lines.add(Work.line("FSA_PRERELEASE_EARNED_BY_DATE", fsa.version, later, "on " + placed + " the credits "
                    + "already earned (" + availableThen + " beyond supervised release) first equal the rest of the term; "
                    + "credits earned after that day do not bring the placement forward", "FSA_PRERELEASE_EARNED_BY_DATE",
                    StepArg.date("placed", placed), StepArg.count("available", availableThen)));
        LocalDate date = Release.clamp(w, placed, lines);
        long after = 0;
        for (CreditRecord c : fsa.participation) if (c.date().isAfter(date)) after++;
        if (after > 0)
            alerts.add(new Alert("FSA_PARTICIPATION_AFTER_PRERELEASE", after + " participation record(s) dated after the "
                    + "prerelease-custody date " + date + " they would otherwise have brought forward: check where they took place"));
        return new DateResult(DateNames.PRERELEASE_CUSTODY, date, DateNames.COMPUTED, lines);
    }
}
