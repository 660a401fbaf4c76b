package org.custos.releasedates.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine needs about one person.
 *
 * @param asOf calculation date: revocations dated after it are not yet in effect and decrees are
 *             chosen as in force on it; {@code null} means "every recorded event, latest law"
 */
public record CaseInput(
        LocalDate asOf,
        Set<Flag> flags,
        List<Sentence> sentences,
        List<CustodyInterval> custody,
        List<CreditRecord> credits,
        List<Disallowance> disallowances,
        List<Forfeiture> forfeitures,
        List<RiskAssessment> riskAssessments,
        List<PretrialDetention> pretrial) {

    public CaseInput {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        sentences = Lists.copy(sentences);
        custody = Lists.copy(custody);
        credits = Lists.copy(credits);
        disallowances = Lists.copy(disallowances);
        forfeitures = Lists.copy(forfeitures);
        riskAssessments = Lists.copy(riskAssessments);
        pretrial = Lists.copy(pretrial);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
