package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** A correction appended to gate entry {@code subjectId}: the field, its new value, why. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record GateRecordCorrected(UUID eventId, UUID subjectId, UUID correctionId, String field, String newValue, String reason, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
