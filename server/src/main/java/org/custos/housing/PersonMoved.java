package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person was moved from one cell to another in the same facility; {@code endedPlacementId} is the one left. */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record PersonMoved(UUID eventId, UUID subjectId, UUID placementId, UUID endedPlacementId, UUID fromCellId, UUID cellId,
                          String cellCode, String facilityCode, List<String> overriddenRules,
                          List<String> capacityViolations, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {

    /** The new placement with its overrides and violations, the ended one, and the person's housing row. */
    @Override
    public List<WrittenRows> writtenRows() {
        return Placements.rows(subjectId, placementId, endedPlacementId, overriddenRules, capacityViolations);
    }
}
