package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** The person of gate entry {@code subjectId} left the facility. */
public record GateExitRecorded(UUID eventId, UUID subjectId, OffsetDateTime exitedAt, boolean surveillanceOffline, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
