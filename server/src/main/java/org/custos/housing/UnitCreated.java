package org.custos.housing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A unit (building, sector) of a facility was created; {@code subjectId} is the unit. */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record UnitCreated(UUID eventId, UUID subjectId, String code, String name, String facilityCode, String actor,
                          OffsetDateTime occurredAt) implements CustodyEvent {

    /** The unit's row. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("housing_unit", subjectId));
    }
}
