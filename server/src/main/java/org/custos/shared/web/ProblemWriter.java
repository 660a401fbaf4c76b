package org.custos.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to the response, for refusals made before Spring MVC runs
 * (servlet filters, the security firewall, the servlet container itself).
 */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemWriter(Problems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemException e) throws IOException {
        ProblemDetail body = problems.build(e.status(), e.code(), e.fields(), locale(request));
        response.resetBuffer();
        response.setStatus(e.status().value());
        e.headers().forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException unreadable) {
            return WebConfiguration.SPANISH;
        }
    }
}
