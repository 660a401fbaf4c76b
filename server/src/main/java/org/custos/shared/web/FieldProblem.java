package org.custos.shared.web;

import java.util.List;

/**
 * One thing wrong with one field of a request. {@code code} is stable and is also the message key
 * ({@code error.<code>}) used to say it in the user's language; {@code args} fill its placeholders.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
