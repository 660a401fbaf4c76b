package org.custos.housing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Occupancy of each row against its three capacities, laid out on the server as SVG coordinates: per row a
 * group of bars — standards capacity first (what the space allows under the configured standard), then
 * working, then declared — each with its rate and its severity in words, so that colour is never the only
 * signal; a line at 100 %. The scale grows to the largest rate (at least 150 %). Names too long for one line
 * take two.
 */
public record OccupancyChart(List<Row> rows, int width, int height, int labelWidth, int plotWidth, int hundredX) {

    static final int BAR = 13;
    static final int GAP = 12;
    static final int LABEL = 250;
    static final int PLOT = 560;
    static final int RATE_TEXT = 150;
    static final int LINE_CHARS = 36;

    enum Against { STANDARDS, WORKING, DECLARED }

    /** Rule 8 of the domain: over 100 % needs attention, over 120 % is a violation. */
    enum Severity {
        WITHIN, OVER, SEVERE;

        static Severity of(int rate) {
            return rate > 120 ? SEVERE : rate > 100 ? OVER : WITHIN;
        }

        public String colour() {
            return switch (this) {
                case WITHIN -> "#1d70b8";
                case OVER -> "#b55200";
                case SEVERE -> "#b10e1e";
            };
        }
    }

    record Bar(Against against, Integer rate, Severity severity, int y, int width) {
    }

    record Row(List<String> label, int y, List<Bar> bars) {
    }

    public static OccupancyChart of(List<Capacity> rows) {
        int max = 150;
        for (Capacity c : rows) {
            for (Integer r : rates(c)) {
                if (r != null) {
                    max = Math.max(max, r);
                }
            }
        }
        int scale = ((max + 49) / 50) * 50;
        List<Row> out = new ArrayList<>();
        int y = 10;
        for (Capacity c : rows) {
            List<Bar> bars = new ArrayList<>();
            Integer[] rates = rates(c);
            for (Against a : Against.values()) {
                Integer rate = rates[a.ordinal()];
                int w = rate == null ? 0 : (int) Math.round(rate * (double) PLOT / scale);
                bars.add(new Bar(a, rate, rate == null ? Severity.WITHIN : Severity.of(rate), y + a.ordinal() * (BAR + 2), w));
            }
            out.add(new Row(lines(c.name()), y, bars));
            y += 3 * (BAR + 2) + GAP;
        }
        return new OccupancyChart(out, LABEL + PLOT + RATE_TEXT, y + 20, LABEL, PLOT,
                LABEL + (int) Math.round(100.0 * PLOT / scale));
    }

    private static Integer[] rates(Capacity c) {
        return new Integer[] {c.standardsRate(), c.workingRate(), c.declaredRate()};
    }

    /** The name on one line, or on two split at a space; never cut. */
    static List<String> lines(String name) {
        if (name.length() <= LINE_CHARS) {
            return List.of(name);
        }
        int split = name.lastIndexOf(' ', Math.min(name.length() - 1, name.length() / 2 + 8));
        if (split <= 0) {
            split = name.indexOf(' ');
        }
        return split <= 0 ? List.of(name) : List.of(name.substring(0, split), name.substring(split + 1));
    }
}
