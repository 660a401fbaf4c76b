package org.custos.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;

/**
 * A person was admitted to a facility under a commitment order. Carries what other modules need to
 * keep their own view without reading the registry back: sex, date of birth and nationality (ISO
 * 3166-1 alpha-2) as recorded, for a re-admitted person the values on the registry's record.
 */
@Changes({Fact.FACILITY, Fact.LEGAL_STATUS, Fact.CUSTODY})
public record PersonAdmitted(UUID eventId, UUID subjectId, UUID admissionId, String bookingNumber,
                             String facilityCode, LegalStatusKind legalStatus, String caseNumber,
                             Sex sex, LocalDate dateOfBirth, String nationality,
                             String actor, OffsetDateTime occurredAt) implements CustodyEvent {
}
