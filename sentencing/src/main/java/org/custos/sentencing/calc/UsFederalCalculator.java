package org.custos.sentencing.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.sentencing.result.Alert;
import org.custos.sentencing.result.DateNames;
import org.custos.sentencing.result.DateResult;
import org.custos.sentencing.result.DerivationLine;
import org.custos.sentencing.result.TermResult;
import org.custos.sentencing.rules.RuleVersion;

/**
 * The US_FEDERAL model: release = full term − prior custody (3585(b)) − GCT (3624(b)) − FSA credits
 * toward supervised release, then moved to the preceding weekday if on a weekend or holiday (3624(a)).
 */
public final class UsFederalCalculator {
    private UsFederalCalculator() {}

    public static TermResult compute(Work w) {
        List<DateResult> dates = new ArrayList<>();
        dates.add(FullTerm.date(w.chain()));
        List<DerivationLine> lines = new ArrayList<>();
        Release.custody(w, lines);
        long gct = GoodConductTime.apply(w, lines);
        FirstStepAct fsa = FirstStepAct.apply(w, lines);
        LocalDate release = w.chain().fullTerm().minusDays(w.custodyDays() + gct + fsa.supervisedRelease);
        release = Release.clamp(w, release, lines);
        LocalDate beforeShift = release;
        RuleVersion day = Release.version(w, "RELEASE_DAY");
        if (day != null && day.params().bool("moveToPrecedingWeekday", false)) {
            LocalDate moved = UsFederalHolidays.precedingWorkday(release);
            if (!moved.equals(release)) {
                lines.add(Work.line("RELEASE_DAY_SHIFT", day, moved.toEpochDay() - release.toEpochDay(),
                        release + " is a " + (UsFederalHolidays.isWeekend(release) ? "weekend day" : "legal holiday")
                                + ": preceding weekday " + moved));
                release = moved;
            }
        }
        dates.add(new DateResult(DateNames.PROJECTED_RELEASE, release, DateNames.COMPUTED, lines));
        if (fsa.prerelease > 0) {
            List<DerivationLine> pre = new ArrayList<>();
            pre.add(Work.line("PROJECTED_RELEASE", null, 0, "release before any weekend move " + beforeShift));
            pre.add(Work.line("FSA_PRERELEASE", Release.version(w, "FSA"), -fsa.prerelease,
                    "time credits beyond the supervised-release cap, toward prerelease custody (3624(g))"));
            LocalDate date = Release.clamp(w, beforeShift.minusDays(fsa.prerelease), pre);
            dates.add(new DateResult(DateNames.PRERELEASE_CUSTODY, date, DateNames.COMPUTED, pre));
        }
        return new TermResult(w.chain().ids(), w.chain().ruleSet().id(), w.chain().start(), w.chain().termDays(),
                dates, List.<Alert>of());
    }
}
