package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A unit was counted; {@code discrepancy} is counted minus expected present (0 when it agrees). */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record HeadcountRecorded(UUID eventId, UUID subjectId, UUID headcountId, String facilityCode, int counted,
                               int placed, int outOnMovement, int discrepancy, String actor,
                               OffsetDateTime occurredAt) implements CustodyEvent {

    /** The headcount's row. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("headcount", headcountId));
    }
}
