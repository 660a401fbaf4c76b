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

/**
 * The REDENCION model (El Salvador, Colombia, Peru): release = full term − custody credit − approved
 * redeemed days + forfeited days; conditional-release fractions; exclusions pending judicial review.
 */
public final class RedencionCalculator {
    private RedencionCalculator() {}

    public static TermResult compute(Work w) {
        List<DateResult> dates = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        dates.add(FullTerm.date(w.chain()));
        Accrual a = Accrual.compute(w);
        List<DerivationLine> lines = new ArrayList<>();
        Release.custody(w, lines);
        lines.addAll(a.lines);
        long forfeited = Release.forfeited(w, false, a.redeemed, lines, "FORFEITURE");
        long net = a.redeemed - forfeited;
        LocalDate release = w.chain().fullTerm().minusDays(w.custodyDays() + net);
        release = Release.clamp(w, release, lines);
        Release.noCredits(w, lines);
        dates.add(new DateResult(DateNames.PROJECTED_RELEASE, release, DateNames.COMPUTED, lines));
        if (a.pendingReviewDays > 0) {
            List<DerivationLine> ifGranted = new ArrayList<>();
            ifGranted.add(Work.line("PROJECTED_RELEASE", Release.version(w, "TERM"), 0, "projected release " + release,
                    "PROJECTED_RELEASE", StepArg.date("release", release)));
            ifGranted.add(Work.line("REDENCION_IF_REVIEW_GRANTED", a.pendingReviewVersion, -a.pendingReviewDays,
                    "days that count only if the judge's reasoned decision allows redención despite the offence "
                            + "(the exclusion is not automatic: the judge decides case by case)",
                    "REDENCION_IF_REVIEW_GRANTED", StepArg.count("days", a.pendingReviewDays)));
            LocalDate alt = Release.clamp(w, release.minusDays(a.pendingReviewDays), ifGranted);
            dates.add(new DateResult(DateNames.PROJECTED_RELEASE_IF_REVIEW_GRANTED, alt, DateNames.COMPUTED, ifGranted));
            alerts.add(new Alert("EXCLUSION_PENDING_JUDICIAL_REVIEW", a.pendingReviewDays
                    + " redeemable day(s) await the judge's reasoned decision on the offence exclusion"));
        }
        dates.addAll(ConditionalRelease.dates(w, net));
        return new TermResult(w.chain().ids(), w.chain().ruleSet().id(), w.chain().start(), w.chain().termDays(),
                dates, alerts);
    }
}
