package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.List;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.rules.RuleSet;

/**
 * A computation unit: one sentence, or sentences served consecutively as one aggregate term. Each
 * sentence after the first starts the day after the previous one's full term.
 *
 * @param starts     start of each sentence, in chain order
 * @param fullTerms  full term of each sentence, in chain order
 */
public record Chain(List<Sentence> sentences, List<LocalDate> starts, List<LocalDate> fullTerms,
                    RuleSet ruleSet) {

    public LocalDate start() {
        return starts.getFirst();
    }

    public LocalDate fullTerm() {
        return fullTerms.getLast();
    }

    public long termDays() {
        return fullTerm().toEpochDay() - start().toEpochDay() + 1;
    }

    /** The offence date that chooses sentence-level rule versions: the latest in the chain. */
    public LocalDate offenceDate() {
        LocalDate latest = null;
        for (Sentence s : sentences) {
            if (latest == null || s.offenceDate().isAfter(latest)) latest = s.offenceDate();
        }
        return latest;
    }

    public List<String> ids() {
        return sentences.stream().map(Sentence::id).toList();
    }
}
