package org.custos.housing.internal;

import java.math.BigDecimal;
import java.util.UUID;

/** The bodies of housing's commands, as the API and the forms send them. */
public final class Requests {

    private Requests() {
    }

    public record NewUnit(String code, String name) {
    }

    /** A new cell, or (with {@code reason}) a change of its capacity figures. */
    public record CellFigures(String code, BigDecimal floorArea, Integer bunks, Integer toilets, Integer showers,
                       Boolean inService, Integer declaredCapacity, String reason) {
    }

    /**
     * Place (or move) a person. {@code overrideReason}: a warden's written reason to override a
     * configurable separation rule. {@code capacityReason}: why the cell is filled beyond its bunks or
     * standards capacity (recorded as a violation).
     */
    public record Placement(UUID personId, UUID cellId, String reason, String overrideReason, String capacityReason) {
    }

    public record Classification(String group, String reason) {
    }

    public record Headcount(UUID unitId, Integer counted, String note) {
    }
}
