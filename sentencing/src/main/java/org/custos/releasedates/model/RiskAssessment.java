package org.custos.releasedates.model;

import java.time.LocalDate;

/** A dated risk assessment. */
public record RiskAssessment(LocalDate date, RiskLevel level) {}
