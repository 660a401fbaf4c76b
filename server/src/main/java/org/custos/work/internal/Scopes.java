package org.custos.work.internal;

import org.custos.identity.CurrentUser;
import org.custos.shared.web.ProblemException;

/** Facility scope: staff limited to some facilities see and act only there; elsewhere nothing exists for them. */
final class Scopes {

    static final String INVALID = "work.validation";

    private Scopes() {
    }

    static void require(CurrentUser caller, String facilityCode) {
        if (caller != null && !caller.mayActIn(facilityCode)) throw notFound();
    }

    static ProblemException notFound() {
        return ProblemException.notFound("work.not-found");
    }

    static String actor(CurrentUser caller) {
        return caller == null ? "system" : caller.username();
    }

    /** Null-safe membership ({@code List.of(...).contains(null)} throws). */
    static boolean in(java.util.Collection<String> values, String value) {
        return value != null && values.contains(value);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
