package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;

/**
 * A person's classification group (used by the configurable separation rule, e.g. a gang
 * affiliation) changed: from what, to what (null: none), why and by whom.
 */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record PersonClassified(UUID eventId, UUID subjectId, UUID changeId, String fromGroup, String toGroup,
                               String reason, String facilityCode, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {
}
