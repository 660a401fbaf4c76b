package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.releasedates.result.Alert;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.result.TermResult;
import org.custos.releasedates.rules.RuleVersion;

/**
 * The US_FEDERAL model: release = full term − prior custody (3585(b)) − GCT (3624(b)) − the residential
 * drug program reduction (3621(e)) − FSA credits toward supervised release (3624(g)), then moved to the
 * preceding weekday if on a weekend or holiday (3624(a)); prerelease custody as {@link PrereleaseCustody}.
 */
public final class UsFederalCalculator {
    private UsFederalCalculator() {}

    public static TermResult compute(Work w) {
        List<DateResult> dates = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        dates.add(FullTerm.date(w.chain()));
        List<DerivationLine> lines = new ArrayList<>();
        Release.custody(w, lines);
        long gct = GoodConductTime.apply(w, lines);
        LocalDate beforeRdap = w.chain().fullTerm().minusDays(w.custodyDays() + gct);
        long rdap = DrugProgramReduction.apply(w, beforeRdap, lines);
        FirstStepAct fsa = FirstStepAct.apply(w, beforeRdap.minusDays(rdap), lines);
        LocalDate release = beforeRdap.minusDays(rdap + fsa.supervisedRelease);
        release = Release.clamp(w, release, lines);
        LocalDate beforeShift = release;
        RuleVersion day = Release.version(w, "RELEASE_DAY");
        if (day != null && day.params().bool("moveToPrecedingWeekday", false)) {
            LocalDate moved = UsFederalHolidays.precedingWorkday(release);
            if (!moved.equals(release)) {
                lines.add(Work.line("RELEASE_DAY_SHIFT", day, moved.toEpochDay() - release.toEpochDay(),
                        release + " is a " + (UsFederalHolidays.isWeekend(release) ? "weekend day" : "legal holiday")
                                + ": preceding weekday " + moved,
                        UsFederalHolidays.isWeekend(release) ? "RELEASE_DAY_WEEKEND" : "RELEASE_DAY_HOLIDAY",
                        StepArg.date("release", release), StepArg.date("moved", moved)));
                release = moved;
            }
        }
        Release.noCredits(w, lines);
        dates.add(new DateResult(DateNames.PROJECTED_RELEASE, release, DateNames.COMPUTED, lines));
        if (fsa.prerelease > 0) dates.add(PrereleaseCustody.date(w, fsa, beforeShift, alerts));
        return new TermResult(w.chain().ids(), w.chain().ruleSet().id(), w.chain().start(), w.chain().termDays(),
                dates, alerts);
    }
}
