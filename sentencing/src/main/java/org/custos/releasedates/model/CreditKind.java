package org.custos.releasedates.model;

/**
 * What earned a credit. PROGRAMMING is US First Step Act evidence-based programming; RDAP is the US
 * residential drug abuse program, one record per successful completion ({@code days}: the reduction the
 * Bureau of Prisons determined, applied up to what the rule allows).
 */
public enum CreditKind {
    WORK,
    COMMUNITY_WORK,
    STUDY,
    TEACHING,
    PROGRAMMING,
    RDAP
}
