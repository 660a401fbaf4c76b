package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Flag;
import org.custos.releasedates.model.RiskAssessment;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.Params;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/**
 * First Step Act time credits, 18 U.S.C. 3632(d)(4): per completed 30 days of approved participation
 * (no partial periods), 10 days, or 15 when the last two assessments on the day the period completes
 * are minimum/low. Applied toward supervised release up to a cap of {@code maxSupervisedReleaseMonths}
 * calendar months before the release the prisoner would otherwise have (3624(g)(3)); the rest is
 * prerelease custody, dated by {@link PrereleaseCustody}. Excluded offences earn none; a removal order or
 * a last assessment above low: earned, not applied.
 */
final class FirstStepAct {
    long supervisedRelease;
    long prerelease;
    /** The FSA rule version that earned the credits (selected by credit date), or null. */
    RuleVersion version;
    /** Each completed period: the day it completed and the credits earned up to and including it. */
    final List<PrereleaseCustody.Step> steps = new ArrayList<>();
    /** Participation records, in date order. */
    final List<CreditRecord> participation = new ArrayList<>();

    /** {@code before}: the release the prisoner would have without FSA credits, for the 12-month cap. */
    static FirstStepAct apply(Work w, LocalDate before, List<DerivationLine> lines) {
        FirstStepAct f = new FirstStepAct();
        RuleTimeline t = w.chain().ruleSet().rule("FSA");
        List<CreditRecord> part = f.participation;
        for (CreditRecord c : w.credits())
            if (c.kind() == CreditKind.PROGRAMMING && c.approval().countsOn(w.input().asOf())) part.add(c);
        if (t == null || part.isEmpty()) return f;
        part.sort(Comparator.comparing(CreditRecord::date).thenComparing(c -> String.valueOf(c.id())));
        RuleVersion v = t.at(part.getLast().date());
        if (v == null) return f;
        f.version = v;
        Params p = v.params();
        for (Sentence s : w.chain().sentences()) {
            if (p.strings("excludedOffences").contains(s.offence().code())) {
                lines.add(Work.line("FSA_INELIGIBLE_OFFENCE", v, 0, "offence " + s.offence().code() + " earns no time credits",
                        "FSA_INELIGIBLE_OFFENCE", StepArg.text("offence", s.offence().code())));
                return f;
            }
        }
        List<RiskAssessment> risks = new ArrayList<>(w.input().riskAssessments());
        risks.sort(Comparator.comparing(RiskAssessment::date));
        long total = 0, earned, at10 = 0, at15 = 0, ignored = 0, cumulative = 0;
        for (CreditRecord c : part) {
            if (t.at(c.date()) == null) {
                ignored++;
                continue;
            }
            long before10 = total / 30;
            total += c.days() == null ? 1 : c.days();
            for (long k = before10; k < total / 30; k++) {
                boolean low = lowTwice(risks, c.date());
                if (low) at15++;
                else at10++;
                cumulative += low ? p.integer("lowRiskDays") : p.integer("baseDays");
            }
            if (total / 30 > before10) f.steps.add(new PrereleaseCustody.Step(c.date(), cumulative));
        }
        earned = at10 * p.integer("baseDays") + at15 * p.integer("lowRiskDays");
        String how = total + " day(s) of participation = " + (total / 30) + " whole 30-day period(s) (" + at10 + " at "
                + p.integer("baseDays") + ", " + at15 + " at " + p.integer("lowRiskDays") + ") = " + earned + " day(s) earned"
                + (ignored > 0 ? "; " + ignored + " record(s) before the Act" : "");
        earned -= Release.forfeited(w, true, earned, lines, "FSA_FORFEITURE");
        StepArg[] earnedArgs = {StepArg.count("participationDays", total), StepArg.count("periods", total / 30),
                StepArg.count("at10", at10), StepArg.count("baseDays", p.integer("baseDays")), StepArg.count("at15", at15),
                StepArg.count("lowRiskDays", p.integer("lowRiskDays")), StepArg.count("earned", earned),
                StepArg.count("beforeTheAct", ignored)};
        String notApplied = notApplied(w, risks);
        if (notApplied != null) {
            RiskAssessment last = lastAssessment(w, risks);
            String why = w.input().has(Flag.REMOVAL_ORDER) ? "REMOVAL_ORDER" : last == null ? "NO_ASSESSMENT" : "RISK_ABOVE_LOW";
            StepArg[] args = java.util.Arrays.copyOf(earnedArgs, earnedArgs.length + 3);
            args[earnedArgs.length] = StepArg.code("reason", why);
            args[earnedArgs.length + 1] = StepArg.code("level", last == null ? null : last.level().name());
            args[earnedArgs.length + 2] = StepArg.date("assessed", last == null ? null : last.date());
            lines.add(Work.line("FSA_EARNED_NOT_APPLIED", v, 0, how + "; not applied: " + notApplied,
                    "FSA_EARNED_NOT_APPLIED", args));
            return f;
        }
        long months = p.integer("maxSupervisedReleaseMonths");
        long cap = before.toEpochDay() - before.minusMonths(months).toEpochDay();
        f.supervisedRelease = Math.min(earned, cap);
        f.prerelease = earned - f.supervisedRelease;
        PrereleaseCustody.capAt(f.steps, earned);
        lines.add(Work.line("FSA_SUPERVISED_RELEASE", v, -f.supervisedRelease, how + "; " + f.supervisedRelease
                + " applied toward supervised release (at most " + months + " months before " + before + ": " + cap
                + " days), " + f.prerelease + " toward prerelease custody", "FSA_SUPERVISED_RELEASE",
                earnedArgs[0], earnedArgs[1], earnedArgs[2], earnedArgs[3], earnedArgs[4], earnedArgs[5], earnedArgs[6],
                earnedArgs[7], StepArg.count("supervised", f.supervisedRelease), StepArg.count("months", months),
                StepArg.date("before", before), StepArg.count("capDays", cap), StepArg.count("prerelease", f.prerelease)));
        return f;
    }

    private static boolean lowTwice(List<RiskAssessment> risks, LocalDate d) {
        RiskAssessment last = null, previous = null;
        for (RiskAssessment r : risks) {
            if (r.date().isAfter(d)) break;
            previous = last;
            last = r;
        }
        return last != null && previous != null && last.level().lowOrMinimum() && previous.level().lowOrMinimum();
    }

    private static RiskAssessment lastAssessment(Work w, List<RiskAssessment> risks) {
        RiskAssessment last = null;
        for (RiskAssessment r : risks) if (w.input().asOf() == null || !r.date().isAfter(w.input().asOf())) last = r;
        return last;
    }

    private static String notApplied(Work w, List<RiskAssessment> risks) {
        if (w.input().has(Flag.REMOVAL_ORDER)) return "final order of removal";
        RiskAssessment last = lastAssessment(w, risks);
        if (last == null) return "no risk assessment";
        return last.level().lowOrMinimum() ? null : "last assessment " + last.level() + " (" + last.date() + ")";
    }
}
