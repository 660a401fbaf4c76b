package org.custos.housing.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Divides a facility's cells among its separation classes in proportion to their sizes, every class
 * at least one cell of its own while there are cells enough; consecutive runs, biggest class first.
 */
final class DemoCellShares {

    record Share(String cls, int first, int cells) {
    }

    private DemoCellShares() {
    }

    /** {@code sizes}: class → persons, in the order the runs are given; {@code cells}: cells in service. */
    static List<Share> of(Map<String, Integer> sizes, int cells) {
        List<Share> out = new ArrayList<>();
        long remaining = sizes.values().stream().mapToLong(Integer::longValue).sum();
        int classesLeft = sizes.size();
        int next = 0;
        for (var e : sizes.entrySet()) {
            int left = cells - next;
            classesLeft--;
            int share = left <= 0 ? 0 : (int) Math.round((double) e.getValue() * left / remaining);
            share = Math.max(1, Math.min(share, left - Math.min(classesLeft, left - 1)));
            if (left <= 0) {
                out.add(new Share(e.getKey(), cells - 1, 1));
            } else {
                out.add(new Share(e.getKey(), next, share));
                next += share;
            }
            remaining -= e.getValue();
        }
        return out;
    }
}
