package org.custos.identity;

import java.util.Set;

/** A user to create: the password is a one-time password the user must change at first sign-in. */
public record NewUser(String username, String displayName, Set<Role> roles, Set<String> facilities,
                      String liaisonState, String initialPassword) {

    public NewUser {
        roles = Set.copyOf(roles);
        facilities = facilities == null ? Set.of() : Set.copyOf(facilities);
    }
}
