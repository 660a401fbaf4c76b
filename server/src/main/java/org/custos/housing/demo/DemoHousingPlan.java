package org.custos.housing.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Units and cells of the demo facilities (codes as in the demo dataset). CECOT: 8 buildings × 32
 * cells of 100 m², 80 bunks and 2 toilets, declared 40,000 in all. The others: older prisons of
 * 40 m² cells declared for 10 with 12 bunks, their declared capacity set so that the national
 * occupancy is about 157% of declared capacity (several near 300%, farms and the women's centre less).
 */
final class DemoHousingPlan {

    record FacilityPlan(String code, int units, int cellsPerUnit, double area, int bunks, int toilets, int showers,
                        int[] declaredPerCell) {
    }

    /** Code, target population share of the demo dataset, and a crowding factor (population / declared). */
    private static final Object[][] OTHERS = {
            {"LA-ESPERANZA", 10_000, 3.4}, {"IZALCO-I", 5_500, 3.3}, {"IZALCO-II", 5_200, 3.3}, {"IZALCO-III", 5_800, 3.0},
            {"IZALCO-CDM", 6_500, 3.6}, {"SANTA-ANA-CDM", 6_400, 3.6}, {"GRANJA-SANTA-ANA", 3_000, 2.0},
            {"GRANJA-ZACATECOLUCA", 1_500, 2.0}, {"ZACATECOLUCA-MS", 1_400, 1.6}, {"APANTEOS", 7_800, 3.4},
            {"QUEZALTEPEQUE", 5_400, 3.5}, {"CHALATENANGO", 3_100, 3.0}, {"CIUDAD-BARRIOS", 4_300, 3.2},
            {"SAN-FRANCISCO-GOTERA", 3_200, 3.0}, {"COJUTEPEQUE", 2_400, 2.9}, {"SAN-VICENTE", 2_600, 3.0},
            {"USULUTAN", 2_300, 3.0}, {"SENSUNTEPEQUE", 1_900, 2.8}, {"SAN-MIGUEL", 3_600, 3.2}, {"JUCUAPA", 1_200, 2.6},
            {"METAPAN", 1_300, 2.6}, {"LA-UNION", 1_100, 2.8}, {"SONSONATE", 1_400, 2.9}, {"ILOPANGO", 4_200, 2.2}};
    static final int NATIONAL_DECLARED = 70_000;
    static final int CECOT_DECLARED = 40_000;

    private DemoHousingPlan() {
    }

    static List<FacilityPlan> plans() {
        List<FacilityPlan> plans = new ArrayList<>();
        int[] cecot = new int[8 * 32];
        for (int i = 0; i < cecot.length; i++) {
            cecot[i] = CECOT_DECLARED / cecot.length + (i < CECOT_DECLARED % cecot.length ? 1 : 0);
        }
        plans.add(new FacilityPlan("CECOT", 8, 32, 100.0, 80, 2, 1, cecot));
        double raw = 0;
        for (Object[] o : OTHERS) {
            raw += (Integer) o[1] / (Double) o[2];
        }
        double scale = (NATIONAL_DECLARED - CECOT_DECLARED) / raw;
        for (Object[] o : OTHERS) {
            int declared = (int) Math.round((Integer) o[1] / (Double) o[2] * scale);
            int cells = Math.max(1, (declared + 9) / 10);
            int[] perCell = new int[cells];
            for (int i = 0; i < cells; i++) {
                perCell[i] = declared / cells + (i < declared % cells ? 1 : 0);
            }
            int perUnit = 24;
            plans.add(new FacilityPlan((String) o[0], (cells + perUnit - 1) / perUnit, perUnit, 40.0, 12, 1, 1, perCell));
        }
        return plans;
    }
}
