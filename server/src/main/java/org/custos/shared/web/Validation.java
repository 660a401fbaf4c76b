package org.custos.shared.web;

import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of a request before anything is written, then refuses it whole. */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation reject(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
        return this;
    }

    public Validation rejectIf(boolean condition, String field, String code, Object... args) {
        if (condition) {
            reject(field, code, args);
        }
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws a 422 problem with code {@code code} if anything was rejected. */
    public void throwIfInvalid(String code) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(code, problems);
        }
    }
}
