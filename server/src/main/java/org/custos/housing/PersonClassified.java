package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * A person's classification group (used by the configurable separation rule, e.g. a gang
 * affiliation) changed: from what, to what (null: none), why and by whom.
 */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record PersonClassified(UUID eventId, UUID subjectId, UUID changeId, String fromGroup, String toGroup,
                               String reason, String facilityCode, String actor, OffsetDateTime occurredAt)
        implements CustodyEvent {

    /** The classification change and the person's housing row (its current group). */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("classification_change", changeId),
                new WrittenRows("housing_person", "person_id", subjectId));
    }
}
