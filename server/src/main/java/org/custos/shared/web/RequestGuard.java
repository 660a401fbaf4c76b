package org.custos.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, request parts no handler can use: a {@code Content-Type} that
 * is a wildcard or not a media type (415), a query or form parameter holding a control character, and
 * an {@code Idempotency-Key} that is not printable ASCII (400, naming the parameter or header).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuard extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private final ProblemWriter writer;

    RequestGuard(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemException refused = refusal(request);
        if (refused != null) {
            writer.write(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    private static ProblemException refusal(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && !concrete(type)) {
            return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type",
                    List.of(FieldProblem.of("Content-Type", "invalid")));
        }
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key != null && !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return new ProblemException(HttpStatus.BAD_REQUEST, "request.parameter",
                    List.of(FieldProblem.of(IDEMPOTENCY_KEY, "idempotency.key-shape")));
        }
        for (Map.Entry<String, String[]> p : parameters(request).entrySet()) {
            boolean bad = ControlCharacters.in(p.getKey());
            for (String v : p.getValue()) {
                bad |= ControlCharacters.in(v);
            }
            if (bad) {
                return new ProblemException(HttpStatus.BAD_REQUEST, "request.parameter",
                        List.of(FieldProblem.of(p.getKey(), ControlCharacters.CODE)));
            }
        }
        return null;
    }

    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (RuntimeException unparsable) {
            return Map.of();
        }
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
