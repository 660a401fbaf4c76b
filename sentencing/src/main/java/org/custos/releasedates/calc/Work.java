package org.custos.releasedates.calc;

import java.util.List;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Disallowance;
import org.custos.releasedates.model.Forfeiture;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.RuleVersion;

/**
 * The input of one chain computation: the chain and the records credited to it.
 *
 * @param guard when not null, the credits have not been validated yet: the accrual checks each one in
 *              its single pass and throws {@link InvalidCredit} at the first that fails
 */
public record Work(CaseInput input, Chain chain, List<CreditRecord> credits, List<Disallowance> disallowances,
                   List<Forfeiture> forfeitures, long custodyDays, CreditGuard guard) {

    /** The sentence ids and the term (epoch days, inclusive) a credit must fall in. */
    public record CreditGuard(java.util.Set<String> ids, long from, long to) {}

    /** A credit failed the guard: the caller runs the full validation for the field errors. */
    public static final class InvalidCredit extends RuntimeException {
        public InvalidCredit() {
            super("invalid credit", null, false, false);
        }
    }

    /** A derivation line: its English note, and its step code with the typed arguments the step names. */
    static DerivationLine line(String rule, RuleVersion v, long days, String note, String step, StepArg... args) {
        return new DerivationLine(rule, v == null ? "" : v.legalBasis(), days, v == null ? "" : v.id(), note, step,
                List.of(args));
    }
}
