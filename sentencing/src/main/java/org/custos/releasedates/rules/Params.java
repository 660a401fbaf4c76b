package org.custos.releasedates.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parameters of one rule version, parsed once at load: numbers are {@code Long}, "a/b" strings are
 * {@link Fraction}, arrays of strings are {@code Set<String>}, objects are nested {@code Params}.
 */
public record Params(Map<String, Object> values) {

    public static final Params EMPTY = new Params(Map.of());

    public Params {
        values = Map.copyOf(values);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Fraction fraction(String key) {
        Object v = require(key);
        if (v instanceof Fraction f) return f;
        if (v instanceof Long l) return Fraction.of(l, 1);
        if (v instanceof String s) return Fraction.parse(s);
        throw new IllegalStateException("parameter " + key + " is not a fraction: " + v);
    }

    public long integer(String key) {
        if (require(key) instanceof Long l) return l;
        throw new IllegalStateException("parameter " + key + " is not an integer");
    }

    public long integer(String key, long fallback) {
        return values.get(key) instanceof Long l ? l : fallback;
    }

    public boolean bool(String key, boolean fallback) {
        return values.get(key) instanceof Boolean b ? b : fallback;
    }

    public String text(String key, String fallback) {
        return values.get(key) instanceof String s ? s : fallback;
    }

    @SuppressWarnings("unchecked")
    public Set<String> strings(String key) {
        Object v = values.get(key);
        return v instanceof Set<?> s ? (Set<String>) s : Set.of();
    }

    public Params params(String key) {
        return values.get(key) instanceof Params p ? p : EMPTY;
    }

    @SuppressWarnings("unchecked")
    public List<Params> list(String key) {
        Object v = values.get(key);
        return v instanceof List<?> l ? (List<Params>) l : List.of();
    }

    private Object require(String key) {
        Object v = values.get(key);
        if (v == null) throw new IllegalStateException("missing parameter " + key);
        return v;
    }
}
