package org.custos.oversight.internal.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One finding: the rule and its policy version, the facility, who or what it concerns ({@code subjectKind}
 * PERSON, CELL, UNIT or FACILITY and its id and label), the period, the measure against its threshold, and the
 * evidence (the ids of the records that prove it, as {@code table:id}).
 */
public record Finding(Rule rule, String policyVersion, Severity severity, String facilityCode, String subjectKind,
                      UUID subjectId, String subjectLabel, LocalDate from, LocalDate to, String measure,
                      String threshold, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
