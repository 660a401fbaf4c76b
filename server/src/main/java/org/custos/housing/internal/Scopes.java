package org.custos.housing.internal;

import org.custos.identity.CurrentUser;
import org.custos.shared.web.ProblemException;

/** Facility scope: staff limited to some facilities see and act only there; others do not exist for them. */
public final class Scopes {

    private Scopes() {
    }

    public static void require(CurrentUser caller, String facilityCode) {
        if (caller != null && !caller.mayActIn(facilityCode)) {
            throw ProblemException.notFound("housing.not-found");
        }
    }

    public static ProblemException notFound() {
        return ProblemException.notFound("housing.not-found");
    }
}
