package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.List;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.Forfeiture;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/** Shared steps of a projected-release derivation. */
final class Release {
    private Release() {}

    static RuleVersion version(Work w, String rule) {
        RuleTimeline t = w.chain().ruleSet().rule(rule);
        return t == null ? null : t.at(w.chain().offenceDate());
    }

    static void custody(Work w, List<DerivationLine> lines) {
        if (w.custodyDays() > 0)
            lines.add(Work.line("CUSTODY_CREDIT", version(w, "CUSTODY_CREDIT"), -w.custodyDays(),
                    w.custodyDays() + " day(s) in custody before " + w.chain().start() + ", credited once",
                    "CUSTODY_CREDIT", StepArg.count("days", w.custodyDays()), StepArg.date("start", w.chain().start())));
    }

    /** Days forfeited of the given kind (null = every kind but PROGRAMMING), capped at what was earned. */
    static long forfeited(Work w, boolean programming, long earned, List<DerivationLine> lines, String rule) {
        long total = 0;
        for (Forfeiture f : w.forfeitures()) {
            boolean isProgramming = f.kind() == CreditKind.PROGRAMMING;
            if (isProgramming == programming) total += f.days();
        }
        long applied = Math.min(total, earned);
        if (total > 0)
            lines.add(Work.line(rule, version(w, rule), applied, "forfeited by decision: " + total + " day(s)"
                    + (applied < total ? ", capped at the " + earned + " earned" : ""),
                    applied < total ? "FORFEITURE_CAPPED" : "FORFEITURE", StepArg.count("total", total),
                    StepArg.count("earned", earned)));
        return applied;
    }

    /** Release never before the start: credits beyond the term mean time served on the start date. */
    static LocalDate clamp(Work w, LocalDate date, List<DerivationLine> lines) {
        LocalDate start = w.chain().start();
        if (!date.isBefore(start)) return date;
        lines.add(Work.line("TIME_SERVED", version(w, "TERM"), start.toEpochDay() - date.toEpochDay(),
                "credits exceed the term: release on the start date", "TIME_SERVED", StepArg.date("start", start)));
        return start;
    }

    /** A release that nothing moved still says why: it is the full term. */
    static void noCredits(Work w, List<DerivationLine> lines) {
        if (lines.isEmpty())
            lines.add(Work.line("NO_CREDITS", version(w, "TERM"), 0, "no credit, custody or reduction applies: "
                    + "the projected release is the full term " + w.chain().fullTerm(), "NO_CREDITS",
                    StepArg.date("fullTerm", w.chain().fullTerm())));
    }
}
