package org.custos.oversight.internal.compliance;

/** What a finding is: a violation of a standard, or an alert that one is near or must be looked at. */
public enum Severity {
    VIOLATION, ALERT
}
