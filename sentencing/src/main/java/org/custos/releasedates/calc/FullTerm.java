package org.custos.releasedates.calc;

import java.util.ArrayList;
import java.util.List;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/** Full term (sentence expiry) of a chain: one TERM line per sentence, days = that sentence's length. */
final class FullTerm {
    private FullTerm() {}

    static DateResult date(Chain c) {
        RuleTimeline t = c.ruleSet().rule("TERM");
        List<DerivationLine> lines = new ArrayList<>();
        for (int i = 0; i < c.sentences().size(); i++) {
            Sentence s = c.sentences().get(i);
            RuleVersion v = t == null ? null : t.at(s.offenceDate());
            long days = c.fullTerms().get(i).toEpochDay() - c.starts().get(i).toEpochDay() + 1;
            String how = "sentence " + s.id() + ": " + s.term() + " from " + c.starts().get(i)
                    + (i > 0 ? " (consecutive: the day after " + c.fullTerms().get(i - 1) + ")" : "")
                    + " − 1 day = " + c.fullTerms().get(i);
            lines.add(i == 0
                    ? Work.line("TERM", v, days, how, "TERM", StepArg.sentence("sentence", s.id()),
                            StepArg.period("term", s.term()), StepArg.date("start", c.starts().get(i)),
                            StepArg.date("fullTerm", c.fullTerms().get(i)))
                    : Work.line("CONSECUTIVE_TERM", v, days, how, "CONSECUTIVE_TERM", StepArg.sentence("sentence", s.id()),
                            StepArg.period("term", s.term()), StepArg.date("start", c.starts().get(i)),
                            StepArg.date("fullTerm", c.fullTerms().get(i)),
                            StepArg.date("previousFullTerm", c.fullTerms().get(i - 1))));
        }
        return new DateResult(DateNames.FULL_TERM, c.fullTerm(), DateNames.COMPUTED, lines);
    }
}
