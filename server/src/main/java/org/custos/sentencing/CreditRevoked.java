package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** The approval of a credit was revoked by a dated judicial decision. */
public record CreditRevoked(UUID eventId, UUID subjectId, UUID creditId, LocalDate revocationDate, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
