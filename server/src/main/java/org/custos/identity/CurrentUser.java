package org.custos.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, and what they may see: a staff user limited to some facilities has them in
 * {@code facilities} (empty means the whole country); a liaison has the state it represents.
 */
public record CurrentUser(UUID id, String username, Set<Role> roles, Set<String> facilities,
                          String liaisonState, boolean mustChangePassword) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        facilities = Set.copyOf(facilities);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for a liaison of another state, who sees only that state's persons. */
    public boolean isLiaison() {
        return roles.contains(Role.LIAISON);
    }

    /** True when the user sees every facility (national staff, monitors). */
    public boolean national() {
        return facilities.isEmpty() || roles.contains(Role.MONITOR);
    }

    public boolean mayActIn(String facilityCode) {
        return national() || facilities.contains(facilityCode);
    }
}
