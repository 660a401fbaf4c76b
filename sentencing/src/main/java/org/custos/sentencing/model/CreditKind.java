package org.custos.sentencing.model;

/** What earned a credit. PROGRAMMING is US First Step Act evidence-based programming. */
public enum CreditKind {
    WORK,
    COMMUNITY_WORK,
    STUDY,
    TEACHING,
    PROGRAMMING
}
