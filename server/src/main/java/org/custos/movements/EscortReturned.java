package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A person came back from an escort. */
public record EscortReturned(UUID eventId, UUID subjectId, UUID escortId, OffsetDateTime returnedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {
}
