package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** The devices of outage {@code subjectId} record again. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record SurveillanceCameBack(UUID eventId, UUID subjectId, OffsetDateTime onlineSince, String note, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
