package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The outcome of scheduled visit {@code subjectId}: TOOK_PLACE, REFUSED_AT_GATE, CANCELLED or NO_SHOW. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record VisitConcluded(UUID eventId, UUID subjectId, String outcome, String note, UUID entryId, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The outcome (an entry that ends a visit names its own row). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("visit_outcome", "visit_id", subjectId));
    }
}
