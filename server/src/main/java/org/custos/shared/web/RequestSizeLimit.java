package org.custos.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses JSON request bodies over the configured size (default 1 MiB) with 413 problem details: at once when
 * the Content-Length says so, and otherwise on the bytes read ({@link LimitedBody}), whatever the framing. CSV and
 * other text bodies (imports) are counted the same way against {@code custos.api.max-text-bytes} (default 10 MiB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;
    private final JsonMapper json;
    private final org.springframework.web.servlet.LocaleResolver locales;

    private final long maxTextBytes;

    RequestSizeLimit(@Value("${custos.api.max-json-bytes:1048576}") long maxBytes, Problems problems, JsonMapper json,
                     org.springframework.web.servlet.LocaleResolver locales,
                     @Value("${custos.api.max-text-bytes:10485760}") long maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
        this.maxBytes = maxBytes;
        this.locales = locales;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean isJson = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
        if (isJson && request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problems.build(HttpStatus.CONTENT_TOO_LARGE,
                    "request.too-large", List.of(FieldProblem.of("body", "too-large", maxBytes)),
                    locales.resolveLocale(request)));
            return;
        }
        boolean isText = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/");
        chain.doFilter(isJson ? new LimitedBody(request, maxBytes)
                : isText ? new LimitedBody(request, maxTextBytes) : request, response);
    }
}
