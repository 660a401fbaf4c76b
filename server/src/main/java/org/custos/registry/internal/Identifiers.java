package org.custos.registry.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a person types in the one search box when it is not a name: a document number or a booking number,
 * written as people write them — a DUI with or without its dash ({@code 012345678}, {@code 01234567 8}),
 * a booking number in any case ({@code sv-2025-000123}), a passport or A-number with spaces.
 */
final class Identifiers {

    private Identifiers() {
    }

    /** True if {@code text} is one identifier rather than words of a name: it has a digit. */
    static boolean looksLikeIdentifier(String text) {
        return text != null && text.chars().anyMatch(Character::isDigit);
    }

    /** The stored forms {@code text} may stand for: as typed (upper case, no spaces) and, for 9 digits, a DUI. */
    static Set<String> candidates(String text) {
        String compact = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        Set<String> out = new LinkedHashSet<>();
        out.add(compact);
        String digits = compact.replace("-", "");
        if (digits.matches("\\d{9}")) {
            out.add(digits.substring(0, 8) + "-" + digits.charAt(8));
        }
        if (!digits.equals(compact)) {
            out.add(digits);
        }
        return out;
    }
}
