package org.custos.releasedates.rules;

import java.time.LocalDate;

/** One version of one rule: in force from {@code effectiveFrom}, with its legal basis text. */
public record RuleVersion(String id, LocalDate effectiveFrom, String legalBasis, Params params) {}
