package org.custos.housing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A cell was created in a unit with its figures (its capacity version 1); {@code subjectId} is the cell. */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record CellCreated(UUID eventId, UUID subjectId, UUID unitId, String code, BigDecimal floorArea, int bunks,
                          int declaredCapacity, boolean inService, String facilityCode, String actor,
                          OffsetDateTime occurredAt) implements CustodyEvent {

    /** The cell's row and its first capacity version. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("cell", subjectId), new WrittenRows("capacity_version", "cell_id", subjectId));
    }
}
