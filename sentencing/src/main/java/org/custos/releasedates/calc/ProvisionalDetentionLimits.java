package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.releasedates.model.PretrialDetention;
import org.custos.releasedates.result.Alert;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.result.PretrialResult;
import org.custos.releasedates.rules.Params;
import org.custos.releasedates.rules.RuleSet;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/**
 * Provisional-detention limits (El Salvador CPP art. 8): ordinary limit by seriousness, plus the
 * appeal extension; a transitional decree in force on the calculation date is shown as a separate
 * override date with an alert, never applied silently. Limit = start + months − 1 day.
 */
public final class ProvisionalDetentionLimits {
    private ProvisionalDetentionLimits() {}

    public static PretrialResult compute(PretrialDetention d, RuleSet rs, LocalDate asOf) {
        List<DateResult> dates = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        RuleTimeline t = rs.rule("PROVISIONAL_DETENTION");
        RuleVersion v = t == null ? null : t.at(d.detentionStart());
        if (v == null) return new PretrialResult(d.id(), rs.id(), dates, alerts);
        Params p = v.params();
        LocalDate start = d.detentionStart();
        long base = d.offence().serious() ? p.integer("seriousMonths") : p.integer("lesserMonths");
        long appeal = d.onAppeal() ? p.integer("appealMonths") : 0;
        LocalDate baseEnd = start.plusMonths(base).minusDays(1);
        LocalDate ordinary = start.plusMonths(base + appeal).minusDays(1);
        List<DerivationLine> lines = new ArrayList<>();
        lines.add(Work.line("PD_ORDINARY_LIMIT", v, days(start, baseEnd) + 1, base + " months for a "
                + (d.offence().serious() ? "serious" : "lesser") + " offence from " + start + " = " + baseEnd,
                d.offence().serious() ? "PD_ORDINARY_LIMIT_SERIOUS" : "PD_ORDINARY_LIMIT_LESSER",
                StepArg.count("months", base), StepArg.date("start", start), StepArg.date("limit", baseEnd)));
        if (appeal > 0)
            lines.add(Work.line("PD_APPEAL_EXTENSION", v, days(baseEnd, ordinary), "+" + appeal + " months on appeal",
                    "PD_APPEAL_EXTENSION", StepArg.count("months", appeal)));
        dates.add(new DateResult(DateNames.PROVISIONAL_DETENTION_LIMIT, ordinary, DateNames.COMPUTED, lines));
        LocalDate effective = ordinary;
        RuleTimeline dt = rs.rule("PROVISIONAL_DETENTION_DECREE");
        RuleVersion decree = dt == null ? null : dt.at(asOf);
        if (decree != null && decree.params().integer("extraMonths", 0) > 0
                && (d.stateOfException() || !decree.params().bool("requiresStateOfException", true))) {
            long extra = decree.params().integer("extraMonths");
            LocalDate override = start.plusMonths(base + appeal + extra).minusDays(1);
            List<DerivationLine> ol = new ArrayList<>(lines);
            ol.add(Work.line("PD_DECREE_OVERRIDE", decree, days(ordinary, override), "+" + extra
                    + " months by transitional decree " + decree.id() + " for state-of-exception detainees",
                    "PD_DECREE_OVERRIDE", StepArg.count("months", extra), StepArg.rule("decree", decree.id())));
            dates.add(new DateResult(DateNames.PROVISIONAL_DETENTION_LIMIT_OVERRIDE, override, DateNames.COMPUTED, ol));
            alerts.add(new Alert("PROVISIONAL_DETENTION_OVERRIDE_IN_FORCE", "ordinary limit " + ordinary
                    + " is overridden to " + override + " by " + decree.id() + ": " + decree.legalBasis()));
            effective = override;
        }
        if (asOf != null) {
            if (asOf.isAfter(ordinary))
                alerts.add(new Alert("PROVISIONAL_DETENTION_ORDINARY_LIMIT_PASSED", "ordinary limit " + ordinary + " has passed"));
            else if (!asOf.plusDays(p.integer("alertDaysBefore", 30)).isBefore(effective))
                alerts.add(new Alert("PROVISIONAL_DETENTION_LIMIT_APPROACHING", "limit " + effective + " is near"));
        }
        return new PretrialResult(d.id(), rs.id(), dates, alerts);
    }

    private static long days(LocalDate a, LocalDate b) {
        return b.toEpochDay() - a.toEpochDay();
    }
}
