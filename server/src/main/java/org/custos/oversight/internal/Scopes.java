package org.custos.oversight.internal;

import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.shared.web.ProblemException;

/** Facility scope: staff limited to some facilities see and act only there; elsewhere nothing exists for them. */
final class Scopes {

    static final String INVALID = "oversight.validation";

    private Scopes() {
    }

    static void require(CurrentUser caller, String facilityCode) {
        if (caller != null && !caller.mayActIn(facilityCode)) throw notFound();
    }

    static ProblemException notFound() {
        return ProblemException.notFound("oversight.not-found");
    }

    static String actor(CurrentUser caller) {
        return caller == null ? "system" : caller.username();
    }

    /** Only a monitor reads the confidential channel; the facility's staff never do (not even a warden). */
    static boolean readsConfidential(CurrentUser caller) {
        return caller != null && caller.has(Role.MONITOR);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
