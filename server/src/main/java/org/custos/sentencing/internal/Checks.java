package org.custos.sentencing.internal;

import java.util.Set;
import org.custos.shared.web.Validation;

/** Request checks the engine does not make (text to enum, required text); codes {@code sentencing.*}. */
final class Checks {

    static final Set<String> RELATIONS = Set.of("CONCURRENT", "CONSECUTIVE");
    static final Set<String> KINDS = Set.of("WORK", "COMMUNITY_WORK", "STUDY", "TEACHING", "PROGRAMMING");
    static final Set<String> CLASSES = Set.of("SERIOUS", "LESSER");
    static final Set<String> FLAGS = Set.of("RECIDIVIST", "GANG_MEMBER", "ORGANISED_CRIME", "REMOVAL_ORDER",
            "NO_GED_PROGRESS");

    private Checks() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static void required(Validation v, String field, String value) {
        v.rejectIf(blank(value), field, "sentencing.REQUIRED");
    }

    static void required(Validation v, String field, Object value) {
        v.rejectIf(value == null, field, "sentencing.REQUIRED");
    }

    /** Null is allowed; any other value must be one of {@code allowed}. */
    static void oneOf(Validation v, String field, String value, Set<String> allowed) {
        v.rejectIf(value != null && !allowed.contains(value), field, "sentencing.INVALID_VALUE", value);
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    static String upper(String s) {
        return blank(s) ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
