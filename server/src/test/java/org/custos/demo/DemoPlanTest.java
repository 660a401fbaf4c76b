package org.custos.demo;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlanTest {

    @Test
    void spreadsEveryPersonOverTheFacilitiesInProportion() {
        DemoPlan plan = new DemoPlan(DemoFacilities.ALL, 110_000);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < plan.persons(); i++) {
            counts.merge(plan.facilityOf(i).code(), 1, Integer::sum);
        }
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(110_000);
        assertThat(counts).containsOnlyKeys(DemoFacilities.ALL.stream().map(DemoFacility::code).toList());
        double cecotShare = 14_500.0 / DemoFacilities.totalPopulation();
        assertThat(counts.get("CECOT")).isBetween((int) (110_000 * cecotShare) - 2, (int) (110_000 * cecotShare) + 2);
    }

    @Test
    void facilityCodesAreValidAndUnique() {
        assertThat(DemoFacilities.ALL).extracting(DemoFacility::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z0-9-]{2,24}"));
        assertThat(DemoFacilities.ALL).filteredOn(DemoFacility::women).hasSize(1);
    }
}
