package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.WrittenRows;

/** A person's legal status changed (e.g. untried to convicted). */
@Changes(Fact.LEGAL_STATUS)
public record LegalStatusChanged(UUID eventId, UUID subjectId, LegalStatusKind from, LegalStatusKind to,
                                 String decreeNumber, String heldForState, String facilityCode,
                                 String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The person's current status, and its status history (append-only: the new row is among them). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("person", subjectId), new WrittenRows("legal_status", "person_id", subjectId));
    }
}
