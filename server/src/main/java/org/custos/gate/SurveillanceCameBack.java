package org.custos.gate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The devices of outage {@code subjectId} record again. */
@LedgerOnly("Gate records (entries, exits, visits, surveillance outages) are kept by the gate alone")
public record SurveillanceCameBack(UUID eventId, UUID subjectId, OffsetDateTime onlineSince, String note, String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The restoration. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("surveillance_restore", "outage_id", subjectId));
    }
}
