package org.custos.demo;

import java.util.Random;
import org.custos.registry.Dui;

/** DUI numbers for the demo: spread-out serials with the registry's own check digit ({@link Dui}). */
final class DuiNumbers {

    private DuiNumbers() {
    }

    static String generate(long serial) {
        return Dui.of(serial);
    }

    /** A serial in the range issued to adults (spread out so numbers look like real ones). */
    static long serialFor(int index, Random random) {
        return 1_000_000L + index * 517L + random.nextInt(500);
    }
}
