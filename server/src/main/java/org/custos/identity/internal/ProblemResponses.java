package org.custos.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.custos.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Problem-details answers written by the security filters, before any controller runs. */
@Component
class ProblemResponses {

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(Problems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    void unauthenticated(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException t) {
            res.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
            write(req, res, 429, "identity.throttled");
            return;
        }
        res.setHeader("WWW-Authenticate", "Basic realm=\"custos\", Bearer");
        String code = e instanceof org.springframework.security.authentication.LockedException
                ? "identity.locked" : "identity.unauthenticated";
        write(req, res, 401, code);
    }

    void denied(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e) throws IOException {
        write(req, res, 403, "access.denied");
    }

    void write(HttpServletRequest req, HttpServletResponse res, int status, String code) throws IOException {
        var body = problems.build(HttpStatus.valueOf(status), code, List.of(), locales.resolveLocale(req));
        body.setInstance(java.net.URI.create(req.getRequestURI()));
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        json.writeValue(res.getOutputStream(), body);
    }
}
