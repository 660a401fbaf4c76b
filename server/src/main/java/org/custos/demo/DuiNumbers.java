package org.custos.demo;

import java.util.Random;

/**
 * Generates DUI numbers with a valid check digit (8 digits weighted 9..2, sum mod 10, check digit
 * {@code (10 - sum mod 10) mod 10}), the same rule the registry validates.
 */
final class DuiNumbers {

    private DuiNumbers() {
    }

    static String generate(long serial) {
        String body = String.format("%08d", serial % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * (9 - i);
        }
        int check = (10 - sum % 10) % 10;
        return body + "-" + check;
    }

    /** A serial in the range issued to adults (spread out so numbers look like real ones). */
    static long serialFor(int index, Random random) {
        return 1_000_000L + index * 517L + random.nextInt(500);
    }
}
