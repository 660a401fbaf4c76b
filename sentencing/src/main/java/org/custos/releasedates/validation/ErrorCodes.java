package org.custos.releasedates.validation;

/** The stable validation codes. */
public final class ErrorCodes {
    public static final String REQUIRED = "REQUIRED";
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    public static final String UNKNOWN_RULE_SET = "UNKNOWN_RULE_SET";
    public static final String UNKNOWN_SENTENCE = "UNKNOWN_SENTENCE";
    public static final String TERM_NOT_POSITIVE = "TERM_NOT_POSITIVE";
    public static final String START_BEFORE_OFFENCE = "START_BEFORE_OFFENCE";
    public static final String CONSECUTIVE_LOOP = "CONSECUTIVE_LOOP";
    public static final String CONSECUTIVE_BRANCH = "CONSECUTIVE_BRANCH";
    public static final String CHAIN_JURISDICTION_MISMATCH = "CHAIN_JURISDICTION_MISMATCH";
    public static final String INTERVAL_REVERSED = "INTERVAL_REVERSED";
    public static final String CUSTODY_OFFERED_TWICE = "CUSTODY_OFFERED_TWICE";
    public static final String CREDIT_BEFORE_START = "CREDIT_BEFORE_START";
    public static final String CREDIT_AFTER_RELEASE = "CREDIT_AFTER_RELEASE";
    public static final String INVALID_AMOUNT = "INVALID_AMOUNT";
    public static final String APPROVAL_DOCUMENT_MISSING = "APPROVAL_DOCUMENT_MISSING";
    public static final String REVOCATION_INCOMPLETE = "REVOCATION_INCOMPLETE";
    public static final String RULE_NOT_IN_FORCE = "RULE_NOT_IN_FORCE";
    /** A credit for a person with no sentence it could reduce (or none it names). */
    public static final String NO_SENTENCE = "NO_SENTENCE";

    private ErrorCodes() {}
}
