package org.custos.releasedates.validation;

import static org.custos.releasedates.validation.ErrorCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.releasedates.calc.Chain;
import org.custos.releasedates.calc.Chains;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.rules.RuleSetRegistry;

/**
 * Structural validation of the sentences (ids, rule sets, terms, consecutive chains). Record-level
 * checks are in {@link RecordValidator}; date checks that need the chains in {@link ChainValidator}.
 */
public final class CaseValidator {
    private final RuleSetRegistry registry;

    public CaseValidator(RuleSetRegistry registry) {
        this.registry = registry;
    }

    /**
     * Validates everything and resolves the consecutive chains.
     *
     * @throws ValidationException with every field error found
     */
    public List<Chain> validate(CaseInput in) {
        List<FieldError> errors = validateStructure(in);
        Set<String> ids = new HashSet<>();
        for (Sentence s : in.sentences()) if (s.id() != null) ids.add(s.id());
        RecordValidator.validate(in, ids, registry, errors, false);
        if (!errors.isEmpty()) {
            RecordValidator.validateCredits(in, ids, errors);
            throw new ValidationException(errors);
        }
        List<Chain> chains = Chains.resolve(in.sentences(), registry);
        Map<String, Integer> index = Chains.index(chains);
        boolean creditsOk = CreditScan.allValid(in, ids, chains, index);
        if (!creditsOk) {
            RecordValidator.validateCredits(in, ids, errors);
            if (!errors.isEmpty()) throw new ValidationException(errors);
        }
        ChainValidator.validate(in, chains, index, errors, !creditsOk);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return chains;
    }

    /**
     * Everything but the credits, for the engine's single pass: returns the chains when the sentences
     * and the other records are valid; otherwise throws the full validation's errors. The caller checks
     * each credit with {@link #validCredit} and its chain's term, and calls {@link #validate} when one
     * fails, so the errors reported are always those of the full validation.
     */
    public List<Chain> validateAllButCredits(CaseInput in, Set<String> ids) {
        List<FieldError> errors = validateStructure(in);
        for (Sentence s : in.sentences()) if (s.id() != null) ids.add(s.id());
        RecordValidator.validate(in, ids, registry, errors, false);
        if (!errors.isEmpty()) throw fullErrors(in);
        List<Chain> chains = Chains.resolve(in.sentences(), registry);
        ChainValidator.validate(in, chains, Chains.index(chains), errors, false);
        if (!errors.isEmpty()) throw fullErrors(in);
        return chains;
    }

    /** The full validation's exception, for a case known to be invalid. */
    public ValidationException fullErrors(CaseInput in) {
        validate(in);
        throw new IllegalStateException("a check failed that the full validation accepts");
    }

    /** Whether the credit record is complete and consistent (not its dates against the term). */
    public static boolean validCredit(org.custos.releasedates.model.CreditRecord c, Set<String> sentenceIds) {
        return RecordValidator.valid(c, sentenceIds);
    }

    /** Whether every credit is valid and inside its chain's term. */
    public static boolean creditsInTerm(CaseInput in, Set<String> ids, List<Chain> chains, Map<String, Integer> index) {
        return CreditScan.allValid(in, ids, chains, index);
    }

    /** Returns the errors found; empty when the sentences can be put into chains. */
    public List<FieldError> validateStructure(CaseInput in) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Sentence> byId = new HashMap<>();
        List<Sentence> sentences = in.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String f = "sentences[" + i + "]";
            if (s.id() == null || s.id().isBlank()) errors.add(err(f + ".id", REQUIRED, "sentence id is required"));
            else if (byId.putIfAbsent(s.id(), s) != null)
                errors.add(err(f + ".id", DUPLICATE_ID, "sentence id " + s.id() + " is used twice"));
            if (registry.get(s.jurisdiction()) == null)
                errors.add(err(f + ".jurisdiction", UNKNOWN_RULE_SET, "no rule set " + s.jurisdiction()));
            if (s.offence() == null) errors.add(err(f + ".offence", REQUIRED, "offence is required"));
            if (s.offenceDate() == null) errors.add(err(f + ".offenceDate", REQUIRED, "offence date is required"));
            if (!s.consecutive() && s.startDate() == null)
                errors.add(err(f + ".startDate", REQUIRED, "start date is required unless consecutive"));
            if (s.term() == null) errors.add(err(f + ".term", REQUIRED, "term is required"));
            else if (s.term().anyNegative() || termDays(s) <= 0)
                errors.add(err(f + ".term", TERM_NOT_POSITIVE, "term " + s.term() + " is zero or negative"));
            if (s.consecutive() && s.relatedTo() == null)
                errors.add(err(f + ".relatedTo", REQUIRED, "a consecutive sentence names the sentence it follows"));
        }
        Set<String> followed = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String f = "sentences[" + i + "].relatedTo";
            if (s.relatedTo() == null) continue;
            Sentence target = byId.get(s.relatedTo());
            if (target == null) {
                errors.add(err(f, UNKNOWN_SENTENCE, "no sentence " + s.relatedTo()));
                continue;
            }
            if (!s.consecutive()) continue;
            if (!followed.add(s.relatedTo()))
                errors.add(err(f, CONSECUTIVE_BRANCH, "two sentences are consecutive to " + s.relatedTo()));
            if (inLoop(s, byId))
                errors.add(err(f, CONSECUTIVE_LOOP, "consecutive chain through " + s.id() + " loops back to itself"));
            else if (target.jurisdiction() != null && !target.jurisdiction().equals(s.jurisdiction()))
                errors.add(err(f, CHAIN_JURISDICTION_MISMATCH, "a consecutive chain must stay in one jurisdiction"));
        }
        return errors;
    }

    private static long termDays(Sentence s) {
        LocalDate start = s.startDate() == null ? LocalDate.of(2000, 1, 1) : s.startDate();
        return s.term().fullTerm(start).toEpochDay() - start.toEpochDay() + 1;
    }

    private static boolean inLoop(Sentence s, Map<String, Sentence> byId) {
        Sentence cur = byId.get(s.relatedTo());
        for (int steps = 0; cur != null && steps <= byId.size(); steps++) {
            if (cur == s) return true;
            if (!cur.consecutive()) return false;
            cur = byId.get(cur.relatedTo());
        }
        return false;
    }

    static FieldError err(String field, String code, String message) {
        return new FieldError(field, code, message);
    }
}
