package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A person was moved from one cell to another in the same facility. */
public record PersonMoved(UUID eventId, UUID subjectId, UUID placementId, UUID fromCellId, UUID cellId,
                          String cellCode, String facilityCode, List<String> overriddenRules,
                          List<String> capacityViolations, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {
}
