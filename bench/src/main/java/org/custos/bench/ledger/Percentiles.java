package org.custos.bench.ledger;

import java.util.Arrays;

/** Nearest-rank percentiles of collected durations (nanoseconds), printed in milliseconds. */
final class Percentiles {

    private long[] values;
    private int count;

    Percentiles(int capacity) {
        values = new long[Math.max(16, capacity)];
    }

    synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    synchronized String summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return String.format("n=%d p50 %.3f ms p95 %.3f ms p99 %.3f ms max %.3f ms", count, ms(sorted, .50),
                ms(sorted, .95), ms(sorted, .99), count == 0 ? 0 : sorted[count - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
