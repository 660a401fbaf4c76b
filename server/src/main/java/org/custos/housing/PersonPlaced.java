package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person was placed in a cell (first placement in the facility), with any overrides and violations. */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record PersonPlaced(UUID eventId, UUID subjectId, UUID placementId, UUID cellId, String cellCode,
                           String facilityCode, List<String> overriddenRules, List<String> capacityViolations,
                           String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The placement with its overrides and violations, and the person's housing row (now in the cell). */
    @Override
    public List<WrittenRows> writtenRows() {
        return Placements.rows(subjectId, placementId, null, overriddenRules, capacityViolations);
    }
}
