package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/** A person was moved from one cell to another in the same facility. */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record PersonMoved(UUID eventId, UUID subjectId, UUID placementId, UUID fromCellId, UUID cellId,
                          String cellCode, String facilityCode, List<String> overriddenRules,
                          List<String> capacityViolations, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {
}
