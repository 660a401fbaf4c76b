package org.custos.demo;

import java.util.List;

/** Spreads {@code persons} over the demo facilities in proportion to their target populations. */
final class DemoPlan {

    private final int[] cumulative;
    private final List<DemoFacility> facilities;

    DemoPlan(List<DemoFacility> facilities, int persons) {
        this.facilities = facilities;
        this.cumulative = new int[facilities.size()];
        int total = facilities.stream().mapToInt(DemoFacility::population).sum();
        long running = 0;
        for (int i = 0; i < facilities.size(); i++) {
            running += facilities.get(i).population();
            cumulative[i] = (int) (running * persons / total);
        }
        cumulative[facilities.size() - 1] = persons;
    }

    DemoFacility facilityOf(int index) {
        for (int i = 0; i < cumulative.length; i++) {
            if (index < cumulative[i]) {
                return facilities.get(i);
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    int persons() {
        return cumulative[cumulative.length - 1];
    }
}
