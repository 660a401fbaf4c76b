package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A correction appended to gate entry {@code subjectId}: the field, its new value, why. */
public record GateRecordCorrected(UUID eventId, UUID subjectId, UUID correctionId, String field, String newValue, String reason, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
