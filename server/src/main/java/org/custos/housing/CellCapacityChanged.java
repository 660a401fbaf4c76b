package org.custos.housing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A cell's capacity figures changed (a new capacity version, with its reason); {@code subjectId} is the cell. */
@LedgerOnly("Cells, placements, classifications and headcounts are kept by housing alone")
public record CellCapacityChanged(UUID eventId, UUID subjectId, UUID versionId, int version, BigDecimal floorArea,
                                  int bunks, int declaredCapacity, boolean inService, String reason,
                                  String facilityCode, String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The cell's row as changed and the new capacity version. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(WrittenRows.row("cell", subjectId), WrittenRows.row("capacity_version", versionId));
    }
}
