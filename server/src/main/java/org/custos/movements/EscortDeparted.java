package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A person left under escort (court hearing, hospital); they are out, not missing. */
public record EscortDeparted(UUID eventId, UUID subjectId, UUID escortId, String purpose, String destination, String authorizedBy, OffsetDateTime departedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {
}
