package org.custos.registry.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One CSV line (RFC 4180): fields quoted when needed, and a cell that a spreadsheet would read as a
 * formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe.
 */
final class Csv {

    private Csv() {
    }

    static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
