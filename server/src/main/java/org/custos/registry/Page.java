package org.custos.registry;

import java.util.List;

/**
 * One page of results. {@code total} is exact up to {@link #COUNT_LIMIT}; beyond it {@code total} is
 * {@code COUNT_LIMIT} and {@code totalExact} is false (show "1,000+"). {@code hasNext} is always exact.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact, boolean hasNext) {

    public static final int COUNT_LIMIT = 1_000;

    public Page {
        items = List.copyOf(items);
    }
}
