package org.custos.housing.internal;

/**
 * The separation rules checked at placement. The first four are Mandela Rule 11 and can never be
 * overridden; classification separation (rival groups) is configurable.
 */
enum SeparationRule {
    SEX(true), AGE(true), UNTRIED_CONVICTED(true), CIVIL_CRIMINAL(true), CLASSIFICATION(false);

    private final boolean statutory;

    SeparationRule(boolean statutory) {
        this.statutory = statutory;
    }

    boolean statutory() {
        return statutory;
    }

    /** The message key of a breach, {@code error.housing.separation.<rule>}. */
    String code() {
        return "housing.separation." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
