package org.custos.releasedates.model;

/** Facts about the person that rule sets use for exclusions. */
public enum Flag {
    /** Reincidente: excluded from conditional release in El Salvador (CP art. 92-A). */
    RECIDIVIST,
    /** Member of a terrorist organisation / mara under the 2023 reform of CP art. 92-A. */
    GANG_MEMBER,
    /** Crimen organizado. */
    ORGANISED_CRIME,
    /** Final order of removal: FSA time credits may not be applied (18 U.S.C. 3632(d)(4)(E)). */
    REMOVAL_ORDER,
    /** No satisfactory progress toward a high-school diploma or GED: GCT at 42 days (28 CFR 523.20). */
    NO_GED_PROGRESS
}
