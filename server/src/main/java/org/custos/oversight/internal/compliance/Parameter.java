package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;

/**
 * A rule's parameter with its default (the standard) and how far it may go. Configuration may only make a
 * parameter stricter than the standard; a state of exception may relax a parameter only when its rule is
 * derogable, and then only up to {@code exceptionLimit}.
 */
public enum Parameter {
    OCCUPANCY_ALERT_PERCENT(Rule.OCCUPANCY, "100", Stricter.LOWER, null),
    OCCUPANCY_VIOLATION_PERCENT(Rule.OCCUPANCY, "120", Stricter.LOWER, null),
    MIN_SPACE_M2(Rule.LIVING_SPACE, "3.0", Stricter.HIGHER, null),
    MIN_OUTDOOR_MINUTES(Rule.OUTDOOR_EXERCISE, "60", Stricter.HIGHER, null),
    SOLITARY_HOURS_IN_CELL(Rule.DE_FACTO_SOLITARY, "22", Stricter.LOWER, null),
    SOLITARY_MAX_DAYS(Rule.PROLONGED_SOLITARY, "15", Stricter.LOWER, null),
    TEMPERATURE_ALERT_C(Rule.TEMPERATURE, "32", Stricter.LOWER, null),
    TEMPERATURE_VIOLATION_C(Rule.TEMPERATURE, "35", Stricter.LOWER, null),
    MEDICAL_EXAM_HOURS(Rule.MEDICAL_EXAMINATION, "24", Stricter.LOWER, null),
    RESTRAINT_MAX_HOURS(Rule.RESTRAINTS, "4", Stricter.LOWER, null),
    COMPLAINT_ANSWER_DAYS(Rule.COMPLAINT_DEADLINE, "15", Stricter.LOWER, "30"),
    ALLEGATION_REFERRAL_HOURS(Rule.ALLEGATION_REFERRAL, "24", Stricter.LOWER, null),
    KIN_NOTICE_HOURS(Rule.DEATH_NOTIFICATION, "24", Stricter.LOWER, null),
    AUTHORITY_NOTICE_HOURS(Rule.DEATH_NOTIFICATION, "24", Stricter.LOWER, null),
    INSPECTION_INTERVAL_DAYS(Rule.INSPECTION_OVERDUE, "365", Stricter.LOWER, "730");

    /** Which way is stricter: a lower threshold (fewer hours, a lower temperature) or a higher one (more minutes). */
    public enum Stricter { LOWER, HIGHER }

    private final Rule rule;
    private final BigDecimal standard;
    private final Stricter stricter;
    private final BigDecimal exceptionLimit;

    Parameter(Rule rule, String standard, Stricter stricter, String exceptionLimit) {
        this.rule = rule;
        this.standard = new BigDecimal(standard);
        this.stricter = stricter;
        this.exceptionLimit = exceptionLimit == null ? null : new BigDecimal(exceptionLimit);
        if (exceptionLimit != null && !rule.derogable()) throw new IllegalStateException(name());
    }

    public Rule rule() {
        return rule;
    }

    public BigDecimal standard() {
        return standard;
    }

    /** True when {@code value} is as strict as the standard or stricter. */
    public boolean atLeastAsStrict(BigDecimal value) {
        int c = value.compareTo(standard);
        return stricter == Stricter.LOWER ? c <= 0 : c >= 0;
    }

    /** True when a state of exception may set {@code value}: a derogable rule, within its exception limit. */
    public boolean relaxableTo(BigDecimal value) {
        if (atLeastAsStrict(value)) return true;
        if (!rule.derogable() || exceptionLimit == null) return false;
        int c = value.compareTo(exceptionLimit);
        return stricter == Stricter.LOWER ? c <= 0 : c >= 0;
    }

    /** The outer limit a state of exception may reach, or null when the parameter cannot be relaxed. */
    public BigDecimal exceptionLimit() {
        return exceptionLimit;
    }
}
