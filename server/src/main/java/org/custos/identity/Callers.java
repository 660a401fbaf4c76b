package org.custos.identity;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class Callers {

    private Callers() {
    }

    public static CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser p) {
            return p.currentUser();
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in user");
    }

    /** Implemented by the principal Custos puts in the security context. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
