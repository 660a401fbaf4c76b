package org.custos.support;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A tiny property-based test harness: {@code forAll(seed, tries, generator, property)} runs the
 * property on {@code tries} inputs drawn from a seeded {@link Random}. A failure names the seed, the
 * try and the input, so it can be replayed exactly: {@code -Dcustos.seed=<seed>} overrides the seed.
 * No shrinking: generators should make small, readable inputs.
 */
public final class Properties {

    private Properties() {
    }

    /** The seed to use: the system property {@code custos.seed} if set, else {@code fallback}. */
    public static long seed(long fallback) {
        String s = System.getProperty("custos.seed");
        return s == null || s.isBlank() ? fallback : Long.parseLong(s);
    }

    public static <T> void forAll(long seed, int tries, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(seed(seed));
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed (seed " + seed(seed) + ", try " + i + ") for input: "
                        + input + "\n" + e.getMessage(), e);
            }
        }
    }
}
