package org.custos.housing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only figures of units and cells as they stand now, for modules that measure conditions (oversight). */
public interface Cells {

    record CellFigures(UUID id, UUID unitId, String facilityCode, String code, BigDecimal floorArea, int bunks,
                       int declaredCapacity, int population, boolean inService) {
    }

    record UnitFigures(UUID id, String facilityCode, String code, String name, int population) {
    }

    Optional<CellFigures> cell(UUID cellId);

    List<CellFigures> cells(String facilityCode);

    Optional<UnitFigures> unit(UUID unitId);

    List<UnitFigures> units(String facilityCode);
}
