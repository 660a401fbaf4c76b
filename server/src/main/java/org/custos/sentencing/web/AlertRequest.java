package org.custos.sentencing.web;

import java.util.List;
import org.custos.sentencing.internal.AlertQueries.Kind;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The two parameters of an alert list as a page or the API receives them ({@code kind}, {@code withinDays}), read
 * the same way for both: a bad value is a 400 problem naming the field, which the page shows next to its box.
 */
final class AlertRequest {

    /** The farthest "release within days" a list looks ahead: ten years. */
    static final int MOST_DAYS = 3650;

    private AlertRequest() {
    }

    /** The kind asked for; absent: over-detention, the most urgent. */
    static Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Kind.OVER_DETENTION;
        }
        try {
            return Kind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "request.parameter", List.of(FieldProblem.of("kind", "invalid")));
        }
    }

    /** "Release within days": a whole number from 0 to ten years, else a field problem on {@code withinDays}. */
    static int days(String withinDays) {
        return parse(withinDays, MOST_DAYS).orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST,
                "request.parameter", List.of(FieldProblem.of("withinDays", "whole-number-between", 0, MOST_DAYS))));
    }

    /** A whole number from 0 to {@code most}, or empty. */
    static java.util.Optional<Integer> parse(String value, int most) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("[0-9]{1,9}")) {
            return java.util.Optional.empty();
        }
        int n = Integer.parseInt(v);
        return n > most ? java.util.Optional.empty() : java.util.Optional.of(n);
    }
}
