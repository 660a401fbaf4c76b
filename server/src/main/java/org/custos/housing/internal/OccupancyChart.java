package org.custos.housing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of occupancy against declared capacity, laid out on the server as SVG
 * coordinates: one bar per row, a line at 100%; the scale grows to the largest rate (at least 150%).
 */
record OccupancyChart(List<Bar> bars, int width, int height, int labelWidth, int plotWidth, int hundredX) {

    static final int ROW = 22;
    static final int LABEL = 220;
    static final int PLOT = 640;

    record Bar(String label, Integer rate, int y, int barWidth, boolean over) {
    }

    static OccupancyChart of(List<Capacity> rows) {
        int max = 150;
        for (Capacity c : rows) {
            if (c.declaredRate() != null) {
                max = Math.max(max, c.declaredRate());
            }
        }
        int scale = ((max + 49) / 50) * 50;
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        for (Capacity c : rows) {
            Integer rate = c.declaredRate();
            int w = rate == null ? 0 : (int) Math.round(rate * (double) PLOT / scale);
            String label = c.name().length() > 32 ? c.name().substring(0, 31) + "…" : c.name();
            bars.add(new Bar(label, rate, y, w, rate != null && rate > 100));
            y += ROW;
        }
        return new OccupancyChart(bars, LABEL + PLOT + 60, y + 20, LABEL, PLOT,
                LABEL + (int) Math.round(100.0 * PLOT / scale));
    }
}
