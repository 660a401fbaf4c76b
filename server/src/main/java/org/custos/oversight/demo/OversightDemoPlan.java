package org.custos.oversight.demo;

import java.util.List;

/**
 * What the demo's regime and conditions look like at four facilities. CECOT as public reporting describes it
 * (about 30 minutes a day out of the cell, no outdoor exercise, no meaningful contact, 33-36 °C in windowless
 * cells); La Esperanza (Mariona), crowded, some outdoor time but less than an hour; the women's centre at Ilopango
 * and the Santa Ana penal farm with better regimes (farm work outdoors). The other figures are invented for the demo.
 */
final class OversightDemoPlan {

    /**
     * A facility's daily regime (minutes out of cell and outdoors, each plus up to {@code spread} (outdoor half of
     * it) a day), whether there is meaningful contact, and its cells' temperatures at 06:00, 14:00 and 22:00 (plus
     * up to 1 °C, and {@code hotSpell} more about one day in four), in {@code sensorCells} cells.
     */
    record Regime(String facility, int outOfCell, int outdoor, int spread, boolean contact, double[] celsius,
                  double hotSpell, int humidity, int sensorCells) {
    }

    static final List<Regime> REGIMES = List.of(
            new Regime("CECOT", 30, 0, 0, false, new double[] {33.0, 34.4, 33.8}, 0.6, 70, 16),
            new Regime("LA-ESPERANZA", 90, 30, 60, true, new double[] {29.0, 32.5, 31.0}, 1.0, 75, 8),
            new Regime("ILOPANGO", 300, 75, 90, true, new double[] {26.0, 30.0, 28.0}, 1.0, 70, 6),
            new Regime("GRANJA-SANTA-ANA", 480, 240, 120, true, new double[] {24.0, 30.0, 26.5}, 1.0, 65, 6));

    private OversightDemoPlan() {
    }
}
