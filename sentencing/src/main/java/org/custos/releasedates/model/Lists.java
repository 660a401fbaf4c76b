package org.custos.releasedates.model;

import java.util.List;

/** Null-tolerant defensive copies for the record constructors. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        if (list == null) return List.of();
        for (T t : list) if (t == null) throw new IllegalArgumentException("null element in list");
        return List.copyOf(list);
    }
}
