package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A person was admitted to a facility under a commitment order. */
public record PersonAdmitted(UUID eventId, UUID subjectId, UUID admissionId, String bookingNumber,
                             String facilityCode, LegalStatusKind legalStatus, String caseNumber,
                             String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
