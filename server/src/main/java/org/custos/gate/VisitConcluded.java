package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** The outcome of scheduled visit {@code subjectId}: TOOK_PLACE, REFUSED_AT_GATE, CANCELLED or NO_SHOW. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record VisitConcluded(UUID eventId, UUID subjectId, String outcome, String note, UUID entryId, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
