package org.custos.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the domain refuses, rendered as RFC 9457 problem details. {@code code} is the stable,
 * machine-readable reason (e.g. {@code registry.validation}); {@code fields} name each field at fault.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldProblem> fields;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String code, List<FieldProblem> fields) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public ProblemException(HttpStatus status, String code) {
        this(status, code, List.of());
    }

    public static ProblemException invalid(String code, List<FieldProblem> fields) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, fields);
    }

    public static ProblemException invalid(String code, FieldProblem field) {
        return invalid(code, List.of(field));
    }

    public static ProblemException notFound(String code) {
        return new ProblemException(HttpStatus.NOT_FOUND, code);
    }

    public static ProblemException conflict(String code, FieldProblem... fields) {
        return new ProblemException(HttpStatus.CONFLICT, code, List.of(fields));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** Adds a response header (e.g. {@code Retry-After}) to the problem's response. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
