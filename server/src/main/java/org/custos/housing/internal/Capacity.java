package org.custos.housing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Capacity figures of a cell, unit, facility or the country, and the occupancy against each:
 * population / capacity × 100 (null when the capacity is zero). {@code unplaced}: persons held there
 * but not (yet) in a cell.
 */
public record Capacity(String id, String code, String name, int cells, long population, long unplaced, long declared,
                long standards, long working, BigDecimal floorArea, long bunks) {

    public Integer declaredRate() {
        return rate(declared);
    }

    public Integer standardsRate() {
        return rate(standards);
    }

    public Integer workingRate() {
        return rate(working);
    }

    /** Square metres of floor per person placed (null when nobody is placed). */
    public BigDecimal areaPerPerson() {
        return population == 0 ? null : floorArea.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    private Integer rate(long capacity) {
        return capacity == 0 ? null : (int) Math.round(population * 100.0 / capacity);
    }

    Capacity plus(Capacity o) {
        return new Capacity(id, code, name, cells + o.cells, population + o.population, unplaced + o.unplaced,
                declared + o.declared, standards + o.standards, working + o.working, floorArea.add(o.floorArea),
                bunks + o.bunks);
    }

    static Capacity empty(String id, String code, String name) {
        return new Capacity(id, code, name, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0);
    }
}
