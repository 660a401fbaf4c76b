package org.custos.work.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Output against target laid out on the server as SVG coordinates: per row a bar of the good units as a share of
 * the target, a mark at the target (100 %), and in words the units, the target and the share — with whether the
 * target was met, so colour is never the only signal. The scale grows to the largest share (at least 120 %).
 */
record TargetChart(List<Row> rows, int width, int height, int labelWidth, int plotWidth, int hundredX) {

    static final int BAR = 16;
    static final int GAP = 8;
    static final int LABEL = 260;
    static final int PLOT = 480;
    static final int TEXT = 260;

    /** Met: at or above the target; SHORT: 80-99 %; LOW: below 80 % (or no target at all). */
    enum Status {
        MET, SHORT, LOW, NO_TARGET;

        static Status of(Integer percent) {
            if (percent == null) return NO_TARGET;
            return percent >= 100 ? MET : percent >= 80 ? SHORT : LOW;
        }

        public String colour() {
            return switch (this) {
                case MET -> "#00703c";
                case SHORT -> "#b55200";
                case LOW -> "#b10e1e";
                case NO_TARGET -> "#505a5f";
            };
        }
    }

    /** What a row shows: its label (a day: the date, formatted by the page), good units, target and share. */
    record Input(String label, java.time.LocalDate date, long good, long target, Integer percent) {
    }

    record Row(String label, java.time.LocalDate date, int y, int width, long good, long target, Integer percent, Status status) {
    }

    static TargetChart of(List<Input> inputs) {
        int max = 120;
        for (Input i : inputs) if (i.percent() != null) max = Math.max(max, i.percent());
        int scale = ((max + 19) / 20) * 20;
        long maxGood = inputs.stream().mapToLong(Input::good).max().orElse(1);
        List<Row> rows = new ArrayList<>();
        int y = 10;
        for (Input i : inputs) {
            int w = i.percent() != null ? (int) Math.round(i.percent() * (double) PLOT / scale)
                    : (int) Math.round(i.good() * (double) PLOT / Math.max(1, maxGood));
            rows.add(new Row(i.label().length() > 40 ? i.label().substring(0, 39) + "…" : i.label(), i.date(), y, Math.min(PLOT, w),
                    i.good(), i.target(), i.percent(), Status.of(i.percent())));
            y += BAR + GAP;
        }
        return new TargetChart(rows, LABEL + PLOT + TEXT, y + 22, LABEL, PLOT, LABEL + (int) Math.round(100.0 * PLOT / scale));
    }
}
