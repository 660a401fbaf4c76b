package org.custos.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Unique values so tests never collide in a shared database. */
public final class TestData {

    private static final AtomicLong COUNTER = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private TestData() {
    }

    /** A short unique lower-case token. */
    public static String unique() {
        return Long.toString(COUNTER.incrementAndGet(), 36) + Long.toString(System.nanoTime() % 46656, 36);
    }
}
