package org.custos.releasedates.validation;

import static org.custos.releasedates.validation.CaseValidator.err;
import static org.custos.releasedates.validation.ErrorCodes.*;

import java.util.List;
import java.util.Map;
import org.custos.releasedates.calc.Chain;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Sentence;

/** Date checks that need the resolved chains: start before offence, credits outside the term. */
final class ChainValidator {
    private ChainValidator() {}

    static void validate(CaseInput in, List<Chain> chains, Map<String, Integer> index, List<FieldError> errors,
                         boolean checkCredits) {
        List<Sentence> sentences = in.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Chain chain = chains.get(index.get(s.id()));
            var start = chain.starts().get(chain.sentences().indexOf(s));
            if (start.isBefore(s.offenceDate()))
                errors.add(err("sentences[" + i + "].startDate", START_BEFORE_OFFENCE,
                        "starts " + start + ", before the offence on " + s.offenceDate()));
        }
        if (!checkCredits) return;
        String sole = sentences.size() == 1 ? sentences.getFirst().id() : null;
        List<CreditRecord> credits = in.credits();
        for (int k = 0; k < credits.size(); k++) {
            CreditRecord c = credits.get(k);
            Integer at = chains.size() == 1 ? Integer.valueOf(0) : index.get(c.sentenceId() == null ? sole : c.sentenceId());
            if (at == null) {
                errors.add(err("credits[" + k + "]", NO_SENTENCE, "no sentence for this credit to reduce"));
                continue;
            }
            Chain chain = chains.get(at);
            if (c.date().isBefore(chain.start()))
                errors.add(err("credits[" + k + "].date", CREDIT_BEFORE_START,
                        c.date() + " is before the sentence started on " + chain.start()));
            else if (c.date().isAfter(chain.fullTerm()))
                errors.add(err("credits[" + k + "].date", CREDIT_AFTER_RELEASE,
                        c.date() + " is after the full term " + chain.fullTerm()));
        }
    }
}
