package org.custos.releasedates.model;

import java.time.LocalDate;

/** Good conduct time disallowed by a disciplinary decision (US). */
public record Disallowance(String sentenceId, LocalDate date, int days, String reason, String document) {}
