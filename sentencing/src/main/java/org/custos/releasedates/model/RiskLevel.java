package org.custos.releasedates.model;

/** PATTERN recidivism risk levels (US). */
public enum RiskLevel {
    MINIMUM,
    LOW,
    MEDIUM,
    HIGH;

    public boolean lowOrMinimum() {
        return this == MINIMUM || this == LOW;
    }
}
