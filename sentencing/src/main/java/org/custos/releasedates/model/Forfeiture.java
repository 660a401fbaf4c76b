package org.custos.releasedates.model;

import java.time.LocalDate;

/** Loss of earned credit (redención or FSA time credits) by a dated decision. */
public record Forfeiture(String sentenceId, LocalDate date, int days, CreditKind kind, String reason, String document) {}
