package org.custos.housing.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The housing module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). Units,
 * cells and capacity versions are named by {@code UnitCreated}, {@code CellCreated} and {@code CellCapacityChanged};
 * placements, overrides and violations by {@code PersonPlaced} and {@code PersonMoved}; {@code housing_person} by
 * those, {@code PersonClassified}, and the registry's and movements' events it follows ({@code RowsWritten}).
 */
@Component
class HousingCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.byId("housing_unit"),
                CoveredTable.byId("cell").excluding("population", "a counter of the cell's open placements, kept for"
                        + " the dashboards: raised and lowered by every placement, move, release, transfer and"
                        + " arrival, each of which commits the placement rows it counts"),
                CoveredTable.byId("capacity_version"), CoveredTable.keyed("housing_person", "person_id"),
                CoveredTable.byId("placement"), CoveredTable.byId("separation_override"),
                CoveredTable.byId("capacity_violation"), CoveredTable.byId("headcount"),
                CoveredTable.byId("classification_change"));
    }
}
