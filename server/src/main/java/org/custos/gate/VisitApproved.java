package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A warden approved scheduled visit {@code subjectId}. */
public record VisitApproved(UUID eventId, UUID subjectId, String note, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
