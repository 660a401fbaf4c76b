package org.custos.oversight.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.oversight.internal.compliance.ComplianceEngine;
import org.custos.oversight.internal.compliance.Finding;
import org.custos.oversight.internal.compliance.Rule;
import org.custos.oversight.internal.compliance.Severity;
import org.custos.oversight.internal.compliance.StateOfException;

/**
 * An evaluation as the API answers it: each finding's measure and threshold carry the message key and its typed
 * arguments (for clients that write their own text) and {@code text}, the sentence in the caller's language
 * ({@code Accept-Language}; Spanish by default), as the console writes it.
 */
record ComplianceView(String policyVersion, StateOfException stateOfException, OffsetDateTime evaluatedAt,
                      Set<Rule> rulesEvaluated, List<FindingView> findings) {

    record Worded(String key, List<Object> args, String text) {
    }

    record FindingView(Rule rule, String policyVersion, Severity severity, String facilityCode, String subjectKind,
                       UUID subjectId, String subjectLabel, LocalDate from, LocalDate to, Worded measure,
                       Worded threshold, List<String> evidence) {
    }

    static ComplianceView of(ComplianceEngine.Evaluation e, FindingText words) {
        return new ComplianceView(e.policyVersion(), e.stateOfException(), e.evaluatedAt(), e.rulesEvaluated(),
                e.findings().stream().map(f -> new FindingView(f.rule(), f.policyVersion(), f.severity(),
                        f.facilityCode(), f.subjectKind(), f.subjectId(), f.subjectLabel(), f.from(), f.to(),
                        worded(f.measure(), words), worded(f.threshold(), words), f.evidence())).toList());
    }

    private static Worded worded(Finding.Text t, FindingText words) {
        return new Worded(t.key(), t.args(), words.of(t));
    }
}
