package org.custos.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A refused form sign-in: back to the form, saying how long to wait when throttled (and Retry-After). */
final class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
            throws IOException {
        String query = ex instanceof LockedException ? "locked" : "error";
        if (ex instanceof SignInThrottledException t) {
            res.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
            query = "throttled=" + t.retryAfterSeconds();
        }
        res.sendRedirect(req.getContextPath() + "/login?" + query);
    }
}
