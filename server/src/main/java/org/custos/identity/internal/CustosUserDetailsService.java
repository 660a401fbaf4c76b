package org.custos.identity.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class CustosUserDetailsService implements UserDetailsService {

    private final UserStore users;

    CustosUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return users.findByUsername(key)
                .map(s -> new CustosPrincipal(s.user(), s.passwordHash(), s.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
