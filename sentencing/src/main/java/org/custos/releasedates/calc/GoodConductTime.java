package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.List;
import org.custos.releasedates.model.Disallowance;
import org.custos.releasedates.model.Flag;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.Params;
import org.custos.releasedates.rules.RuleVersion;

/**
 * 18 U.S.C. 3624(b): only for a term of more than one year, {@code rate·W + floor(rate·P/365)} with
 * W whole years imposed and P the days from the W-th anniversary of commencement to the full term
 * inclusive. Rate 54, or 42 without GED progress. Disallowances reduce it, never below zero.
 */
final class GoodConductTime {
    private GoodConductTime() {}

    /** Returns the net GCT days (earned − disallowed) and adds its lines. */
    static long apply(Work w, List<DerivationLine> lines) {
        RuleVersion v = Release.version(w, "GCT");
        if (v == null) return 0;
        Params p = v.params();
        LocalDate start = w.chain().start(), full = w.chain().fullTerm();
        if (!full.isAfter(start.plusYears(1).minusDays(1))) {
            lines.add(Work.line("GCT_NOT_APPLICABLE", v, 0, "term of " + w.chain().termDays()
                    + " days is not more than one year (full term " + full + ")", "GCT_NOT_APPLICABLE",
                    StepArg.count("termDays", w.chain().termDays()), StepArg.date("fullTerm", full)));
            return 0;
        }
        int years = 0;
        while (!start.plusYears(years + 1).isAfter(full.plusDays(1))) years++;
        long partial = full.toEpochDay() - start.plusYears(years).toEpochDay() + 1;
        boolean noGed = w.input().has(Flag.NO_GED_PROGRESS);
        long rate = noGed ? p.integer("daysPerYearWithoutGed") : p.integer("daysPerYear");
        long gct = rate * years + Math.floorDiv(rate * partial, 365);
        lines.add(Work.line("GCT", v, -gct, rate + "×" + years + " + floor(" + rate + "×" + partial + "/365) = " + gct
                + (noGed ? " (no GED progress)" : ""), noGed ? "GCT_NO_GED" : "GCT", StepArg.count("rate", rate),
                StepArg.count("years", years), StepArg.count("partialDays", partial), StepArg.count("days", gct)));
        long disallowed = 0;
        for (Disallowance d : w.disallowances()) disallowed += d.days();
        if (disallowed > 0) {
            long applied = Math.min(disallowed, gct);
            lines.add(Work.line("GCT_DISALLOWED", v, applied, "disallowed by discipline: " + disallowed + " day(s)"
                    + (applied < disallowed ? ", capped at the " + gct + " projected" : ""),
                    applied < disallowed ? "GCT_DISALLOWED_CAPPED" : "GCT_DISALLOWED", StepArg.count("disallowed", disallowed),
                    StepArg.count("projected", gct)));
            gct -= applied;
        }
        return gct;
    }
}
