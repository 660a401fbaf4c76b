package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A warden approved scheduled visit {@code subjectId}. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record VisitApproved(UUID eventId, UUID subjectId, String note, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The approval. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("visit_approval", "visit_id", subjectId));
    }
}
