package org.custos.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.WrittenRows;

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

    /** The person (new or re-admitted), names, documents, the admission with its order and Rule 7 record, the status. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("person", subjectId), new WrittenRows("person_alias", "person_id", subjectId),
                new WrittenRows("identity_document", "person_id", subjectId), WrittenRows.row("admission", admissionId),
                new WrittenRows("legal_status", "admission_id", admissionId));
    }
}
