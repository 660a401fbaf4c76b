package org.custos.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer cst_...} against stored token hashes. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserStore users;

    BearerTokenFilter(ApiTokens tokens, UserStore users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            tokens.userOf(header.substring(7).trim())
                    .flatMap(users::findById)
                    .filter(UserStore.StoredUser::enabled)
                    .ifPresent(stored -> {
                        CustosPrincipal principal = new CustosPrincipal(stored.user(), null, true);
                        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                                principal.getAuthorities());
                        SecurityContextHolder.getContext().setAuthentication(auth);
                    });
        }
        chain.doFilter(request, response);
    }
}
