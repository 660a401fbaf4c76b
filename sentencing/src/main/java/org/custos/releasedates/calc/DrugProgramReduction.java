package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.Params;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/**
 * 18 U.S.C. 3621(e)(2)(B): after successfully completing the residential drug abuse program, a prisoner
 * convicted of a nonviolent offence may have the time in custody reduced by up to one year. The most
 * allowed depends on the term (28 CFR 550.55(c): up to 30 months, 6 months; 31–36 months, 9; 37 or more, 12),
 * counted in calendar months back from the release the prisoner would otherwise have; the reduction the
 * Bureau determined ({@code days} of the completion record, required) is applied up to that.
 */
final class DrugProgramReduction {
    private DrugProgramReduction() {}

    /** {@code before}: the release without this reduction. Returns the days applied. */
    static long apply(Work w, LocalDate before, List<DerivationLine> lines) {
        RuleTimeline t = w.chain().ruleSet().rule("RDAP");
        if (t == null) return 0;
        CreditRecord completion = null;
        for (CreditRecord c : w.credits())
            if (c.kind() == CreditKind.RDAP && c.approval().countsOn(w.input().asOf())
                    && (completion == null || c.date().isBefore(completion.date()))) completion = c;
        if (completion == null) return 0;
        RuleVersion v = t.at(completion.date());
        if (v == null) return 0;
        Params p = v.params();
        for (Sentence s : w.chain().sentences()) {
            if (p.strings("excludedOffences").contains(s.offence().code())) {
                lines.add(Work.line("RDAP_INELIGIBLE_OFFENCE", v, 0, "offence " + s.offence().code()
                        + " is not a nonviolent offence: no reduction", "RDAP_INELIGIBLE_OFFENCE",
                        StepArg.text("offence", s.offence().code())));
                return 0;
            }
        }
        Period term = Period.between(w.chain().start(), w.chain().fullTerm().plusDays(1));
        long months = term.toTotalMonths(), most;
        boolean beyond = term.getDays() > 0;
        if (months < p.integer("tier1MaxTermMonths") || months == p.integer("tier1MaxTermMonths") && !beyond)
            most = p.integer("tier1Months");
        else if (months < p.integer("tier2MaxTermMonths") || months == p.integer("tier2MaxTermMonths") && !beyond)
            most = p.integer("tier2Months");
        else most = p.integer("maxMonths");
        long cap = before.toEpochDay() - before.minusMonths(most).toEpochDay();
        long asked = completion.days();
        long applied = Math.min(asked, cap);
        lines.add(Work.line("RDAP_REDUCTION", v, -applied, "program completed " + completion.date() + "; term of "
                + months + " month(s)" + (beyond ? " and " + term.getDays() + " day(s)" : "") + ": at most " + most
                + " months (" + cap + " days before " + before + "); reduction determined: " + asked + " day(s) = "
                + applied, "RDAP_REDUCTION", StepArg.date("completed", completion.date()),
                StepArg.count("termMonths", months), StepArg.count("termExtraDays", beyond ? term.getDays() : 0),
                StepArg.count("mostMonths", most), StepArg.count("capDays", cap), StepArg.date("before", before),
                StepArg.count("determined", asked), StepArg.count("applied", applied)));
        return applied;
    }
}
