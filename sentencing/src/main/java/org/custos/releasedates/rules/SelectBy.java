package org.custos.releasedates.rules;

/** Which date chooses the version of a rule. */
public enum SelectBy {
    /** The date of the offence (sentence-level rules: fractions, GCT, exclusions). */
    OFFENCE_DATE,
    /** The date the activity that earned a credit took place. */
    CREDIT_DATE,
    /** The first day of provisional detention. */
    DETENTION_START,
    /** The calculation date (transitional decrees in force now). */
    AS_OF
}
