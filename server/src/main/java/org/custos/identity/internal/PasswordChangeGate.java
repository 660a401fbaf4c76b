package org.custos.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.custos.identity.Callers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a one-time password may do nothing but change it: the UI redirects to the
 * password page, the API answers 403 {@code identity.password-change-required}.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String UI_PAGE = "/account/password";
    static final String API_PATH = "/api/v1/account/password";
    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Callers.HasCurrentUser p
                && p.currentUser().mustChangePassword() && !allowed(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(request, response, 403, "identity.password-change-required");
            } else {
                response.sendRedirect(request.getContextPath() + UI_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(UI_PAGE) || path.equals(API_PATH) || path.equals("/logout")
                || path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/js/");
    }
}
