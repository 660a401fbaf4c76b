package org.custos.oversight.internal.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One finding: the rule and its policy version, the facility, who or what it concerns ({@code subjectKind}
 * PERSON, CELL, UNIT or FACILITY and its id and label), the period, the measure against its threshold, and the
 * evidence (the ids of the records that prove it, as {@code table:id}). The measure and the threshold are
 * {@link Text}s: a message key and its arguments as typed values, written in the reader's language by the page.
 */
public record Finding(Rule rule, String policyVersion, Severity severity, String facilityCode, String subjectKind,
                      UUID subjectId, String subjectLabel, LocalDate from, LocalDate to, Text measure,
                      Text threshold, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /**
     * A sentence of a finding, before it is written in a language: the message key (one of {@link Phrase}, or a
     * term such as a sanction's name) and its arguments: counts as {@code Integer}/{@code Long}, measured values as
     * {@code BigDecimal} (with their scale), dates as {@code LocalDate}, elapsed times as {@code Duration}, and
     * terms as nested {@code Text}s.
     */
    public record Text(String key, List<Object> args) {

        public Text {
            args = List.copyOf(args);
        }
    }
}
