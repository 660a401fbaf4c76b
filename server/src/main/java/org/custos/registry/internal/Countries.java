package org.custos.registry.internal;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** True for a known upper-case alpha-2 code such as SV or US. */
    static boolean known(String code) {
        return code != null && CODES.contains(code);
    }
}
