package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** A warden approved scheduled visit {@code subjectId}. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record VisitApproved(UUID eventId, UUID subjectId, String note, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
