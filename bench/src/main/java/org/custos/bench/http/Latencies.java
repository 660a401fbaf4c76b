package org.custos.bench.http;

import java.util.Arrays;

/** Collected request latencies and their percentiles (nearest-rank). */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    synchronized String summary(double seconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format("requests=%d throughput=%.0f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms",
                count, count / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }
}
