package org.custos.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in browser session follows its account as it is now, on every request: an account the administrator
 * disabled (or deleted) is signed out at its next request, and changed roles, facility scope or a reset password
 * apply at once — not at the next sign-in. API clients authenticate on every request already (HTTP basic, or a
 * bearer token that a change revokes), so this runs on the pages' filter chain only. One indexed read per request.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    private final UserStore users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionAccountCheck(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CustosPrincipal signedIn) {
            Optional<UserStore.StoredUser> now = users.findById(signedIn.currentUser().id());
            if (now.isEmpty() || !now.get().enabled()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?signedOut");
                return;
            }
            if (!now.get().user().equals(signedIn.currentUser())) {
                CustosPrincipal fresh = new CustosPrincipal(now.get().user(), null, true);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                        fresh.getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
