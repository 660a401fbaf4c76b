package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.WrittenRows;

/** A person was released; the record stays. */
@Changes(Fact.CUSTODY)
public record PersonReleased(UUID eventId, UUID subjectId, UUID admissionId, String legalBasis,
                             String authority, OffsetDateTime releasedAt, String destination,
                             String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("person", subjectId), new WrittenRows("person_release", "admission_id", admissionId));
    }
}
