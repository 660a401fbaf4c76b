package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.releasedates.model.Flag;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.Fraction;
import org.custos.releasedates.rules.Params;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/**
 * Fraction thresholds: {@code fractionDays = ceil(termDays × f)}; eligible from
 * {@code start + fractionDays − credits} (the day after the fraction is completed), or the completion
 * day itself where the rule says so. Version chosen by the offence date; exclusions by flag or offence.
 */
final class ConditionalRelease {
    private ConditionalRelease() {}

    static List<DateResult> dates(Work w, long netRedeemed) {
        RuleTimeline t = w.chain().ruleSet().rule("CONDITIONAL_RELEASE");
        if (t == null) return List.of();
        RuleVersion v = t.at(w.chain().offenceDate());
        if (v == null) return List.of();
        v = favourable(t, v);
        Params p = v.params();
        Exclusion exclusion = exclusion(w, p);
        List<DateResult> out = new ArrayList<>();
        for (Params spec : p.list("dates")) {
            String name = spec.text("name", "CONDITIONAL_RELEASE");
            String basis = spec.text("legalBasis", v.legalBasis());
            RuleVersion sv = new RuleVersion(v.id(), v.effectiveFrom(), basis, spec);
            if (exclusion != null) {
                out.add(new DateResult(name, null, DateNames.EXCLUDED,
                        List.of(Work.line(name + "_EXCLUDED", v, 0, exclusion.note(), exclusion.step(), exclusion.args()))));
                continue;
            }
            Fraction f = spec.fraction("fraction");
            long termDays = w.chain().termDays();
            long fractionDays = f.ceilTimes(termDays);
            List<DerivationLine> lines = new ArrayList<>();
            lines.add(Work.line("FRACTION", sv, fractionDays,
                    "ceil(" + termDays + " days × " + f + ") = " + fractionDays + " days from " + w.chain().start(),
                    "FRACTION", StepArg.count("termDays", termDays), StepArg.count("fractionNum", f.num()),
                    StepArg.count("fractionDen", f.den()), StepArg.count("fractionDays", fractionDays),
                    StepArg.date("start", w.chain().start())));
            long credits = w.custodyDays();
            if (w.custodyDays() > 0) lines.add(Work.line("CUSTODY_CREDIT", sv, -w.custodyDays(), "custody before the start",
                    "FRACTION_CUSTODY_CREDIT", StepArg.count("days", w.custodyDays())));
            if (p.bool("redeemedCountsTowardFractions", false) && netRedeemed > 0) {
                credits += netRedeemed;
                lines.add(Work.line("REDEEMED_DAYS", sv, -netRedeemed, "redeemed days count as time served",
                        "REDEEMED_DAYS", StepArg.count("days", netRedeemed)));
            }
            LocalDate date = w.chain().start().plusDays(fractionDays - credits);
            if (p.bool("eligibleOnCompletionDay", false)) {
                date = date.minusDays(1);
                lines.add(Work.line("ELIGIBLE_ON_COMPLETION_DAY", sv, -1, "eligible on the day the fraction is completed",
                        "ELIGIBLE_ON_COMPLETION_DAY"));
            }
            out.add(new DateResult(name, date, DateNames.COMPUTED, lines));
        }
        return out;
    }

    /** A later version applies only where the rule set says so and only if its first fraction is lower. */
    private static RuleVersion favourable(RuleTimeline t, RuleVersion v) {
        if (!t.retroactiveIfFavourable()) return v;
        RuleVersion best = v;
        for (int i = t.indexAt(v.effectiveFrom().toEpochDay()) + 1; i < t.size(); i++) {
            RuleVersion later = t.version(i);
            if (first(later).compareTo(first(best)) < 0) best = later;
        }
        return best;
    }

    private static Fraction first(RuleVersion v) {
        return v.params().list("dates").getFirst().fraction("fraction");
    }

    /** Why a fraction does not apply: its English note, step code and arguments. */
    private record Exclusion(String note, String step, StepArg... args) {}

    private static Exclusion exclusion(Work w, Params p) {
        for (String flag : p.strings("excludedFlags")) {
            if (w.input().has(Flag.valueOf(flag)))
                return new Exclusion("excluded: person flagged " + flag, "EXCLUDED_FLAG", StepArg.code("flag", flag));
        }
        for (Sentence s : w.chain().sentences()) {
            if (p.strings("excludedOffences").contains(s.offence().code()))
                return new Exclusion("excluded: offence " + s.offence().code() + " (sentence " + s.id() + ")",
                        "EXCLUDED_OFFENCE", StepArg.text("offence", s.offence().code()), StepArg.sentence("sentence", s.id()));
        }
        return null;
    }
}
