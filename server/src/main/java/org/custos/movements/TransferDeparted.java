package org.custos.movements;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A person left a facility on a transfer. */
public record TransferDeparted(UUID eventId, UUID subjectId, UUID transferId, String toFacility, OffsetDateTime departedAt, String facilityCode, String actor,
                    OffsetDateTime occurredAt) implements CustodyEvent {
}
