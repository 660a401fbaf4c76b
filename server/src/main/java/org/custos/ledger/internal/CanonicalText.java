package org.custos.ledger.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The deterministic encodings of ledger format v1 (docs/ledger-entry-format.md): field values are
 * percent-encoded so that every value is one token of printable ASCII, and a JSON payload is flattened
 * into one line per leaf value, object members sorted by the UTF-8 bytes of their names.
 */
final class CanonicalText {

    static final String NULL = "~";

    private CanonicalText() {
    }

    /** Bytes outside {@code !}..{@code ~} and {@code %}, {@code ~}, {@code /} become {@code %XX} (UTF-8). */
    static String field(String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '%' && c != '~' && c != '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Appends {@code payload <pointer> <tag>:<value>\n} for every leaf of {@code node}. */
    static void flatten(JsonNode node, String pointer, StringBuilder out) {
        flatten(node, pointer, "payload ", out);
    }

    /** Appends {@code <prefix><pointer> <tag>:<value>\n} for every leaf of {@code node}. */
    static void flatten(JsonNode node, String pointer, String prefix, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            if (members.isEmpty()) {
                line(out, prefix, pointer, "o:");
                return;
            }
            members.sort((a, b) -> Arrays.compareUnsigned(a.getKey().getBytes(StandardCharsets.UTF_8),
                    b.getKey().getBytes(StandardCharsets.UTF_8)));
            for (Map.Entry<String, JsonNode> m : members) {
                flatten(m.getValue(), pointer + "/" + field(m.getKey()), prefix, out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                line(out, prefix, pointer, "a:");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), pointer + "/" + i, prefix, out);
            }
        } else if (node.isNull()) {
            line(out, prefix, pointer, "z:");
        } else if (node.isBoolean()) {
            line(out, prefix, pointer, "b:" + node.booleanValue());
        } else if (node.isNumber()) {
            line(out, prefix, pointer, "n:" + number(node.decimalValue()));
        } else {
            line(out, prefix, pointer, "s:" + field(node.asString()));
        }
    }

    /** Plain decimal without trailing zeros: 1.50 and 1.5E0 are both {@code 1.5}; 10.0 is {@code 10}. */
    static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    private static void line(StringBuilder out, String prefix, String pointer, String value) {
        out.append(prefix).append(pointer.isEmpty() ? "/" : pointer).append(' ').append(value).append('\n');
    }
}
