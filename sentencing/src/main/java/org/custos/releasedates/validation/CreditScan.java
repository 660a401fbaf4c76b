package org.custos.releasedates.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.releasedates.calc.Chain;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditRecord;

/**
 * One pass over the credits that answers "is every credit valid and inside its chain's term?" with
 * epoch-day comparisons and no allocation. Only when the answer is no are the field errors built, by
 * {@link RecordValidator} and {@link ChainValidator}, so the error list is the same as a full check.
 */
final class CreditScan {
    private CreditScan() {}

    static boolean allValid(CaseInput in, Set<String> ids, List<Chain> chains, Map<String, Integer> index) {
        List<CreditRecord> credits = in.credits();
        if (credits.isEmpty()) return true;
        String sole = in.sentences().size() == 1 ? in.sentences().getFirst().id() : null;
        Chain only = chains.size() == 1 ? chains.getFirst() : null;
        long from = only == null ? 0 : only.start().toEpochDay();
        long to = only == null ? 0 : only.fullTerm().toEpochDay();
        for (int k = 0, n = credits.size(); k < n; k++) {
            CreditRecord c = credits.get(k);
            if (!RecordValidator.valid(c, ids)) return false;
            long day = c.date().toEpochDay();
            if (only == null) {
                Integer at = index.get(c.sentenceId() == null ? sole : c.sentenceId());
                if (at == null) return false;
                Chain chain = chains.get(at);
                if (day < chain.start().toEpochDay() || day > chain.fullTerm().toEpochDay()) return false;
            } else if (day < from || day > to) {
                return false;
            }
        }
        return true;
    }
}
