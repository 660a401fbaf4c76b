package org.custos.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on a condition in a test, instead of sleeping and hoping. */
public final class Conditions {

    private Conditions() {
    }

    /** Returns as soon as {@code condition} holds; fails the test if it does not within {@code timeout}. */
    public static void waitFor(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
