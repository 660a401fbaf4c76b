package org.custos.releasedates.model;

/** Only APPROVED credits count; REVOKED is a dated judicial event. */
public enum ApprovalStatus {
    APPROVED,
    PENDING,
    REVOKED
}
