package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** The devices of outage {@code subjectId} record again. */
public record SurveillanceCameBack(UUID eventId, UUID subjectId, OffsetDateTime onlineSince, String note, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
