package org.custos.registry.internal;

import java.util.Map;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.LegalStatusKind;

/**
 * Which persons a caller may see and act on. Monitors: all. Liaisons: persons of their state's
 * nationality or held for their state. Facility-scoped staff: persons whose current (or last)
 * admission is in one of their facilities. National staff: all. A null caller is the system.
 */
final class Scope {

    private Scope() {
    }

    static boolean visible(CurrentUser caller, PersonRow p) {
        if (caller == null || caller.has(Role.MONITOR)) {
            return true;
        }
        if (caller.isLiaison()) {
            String state = caller.liaisonState();
            boolean ours = state != null && (state.equals(p.nationality())
                    || (p.legalStatus() == LegalStatusKind.HELD_FOR_ANOTHER_STATE && state.equals(p.heldForState())));
            if (!ours) {
                return false;
            }
        }
        return caller.national() || caller.facilities().contains(p.facilityCode());
    }

    /** True if the caller may admit into the facility. */
    static boolean mayAdmitInto(CurrentUser caller, String facilityCode) {
        return caller == null || caller.mayActIn(facilityCode);
    }

    /**
     * The same rule as SQL over {@code person p}; adds its parameters to {@code params}. Returns
     * {@code true} (as SQL) when the caller sees everything.
     */
    static String sql(CurrentUser caller, Map<String, Object> params) {
        if (caller == null || caller.has(Role.MONITOR)) {
            return "true";
        }
        StringBuilder where = new StringBuilder("true");
        if (caller.isLiaison()) {
            params.put("scopeState", caller.liaisonState() == null ? "" : caller.liaisonState());
            where.append(" and (p.nationality = :scopeState or (p.legal_status = 'HELD_FOR_ANOTHER_STATE'"
                    + " and p.held_for_state = :scopeState))");
        }
        if (!caller.national()) {
            params.put("scopeFacilities", caller.facilities());
            where.append(" and p.facility_code in (:scopeFacilities)");
        }
        return where.toString();
    }
}
