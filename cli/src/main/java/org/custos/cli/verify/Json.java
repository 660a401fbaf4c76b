package org.custos.cli.verify;

import java.util.List;

/** Just enough JSON writing for reports: strings, numbers, booleans, arrays of strings. */
public final class Json {
    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    public Json field(String name, Object value) {
        out.append(first ? "" : ",").append(quote(name)).append(':').append(value(value));
        first = false;
        return this;
    }

    /** Appends a pre-rendered JSON value (an object or array). */
    public Json raw(String name, String json) {
        out.append(first ? "" : ",").append(quote(name)).append(':').append(json);
        first = false;
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    public static String array(List<String> renderedValues) {
        return "[" + String.join(",", renderedValues) + "]";
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return array(list.stream().map(Json::value).toList());
        }
        return quote(v.toString());
    }

    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
