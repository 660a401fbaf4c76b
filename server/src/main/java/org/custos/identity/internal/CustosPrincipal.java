package org.custos.identity.internal;

import java.util.Collection;
import java.util.List;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal in the security context: the current user, and (until erased) the password hash. */
final class CustosPrincipal implements UserDetails, CredentialsContainer, Callers.HasCurrentUser {

    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    CustosPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    List<String> roleNames() {
        return user.roles().stream().map(Enum::name).sorted().toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
