package org.custos.work.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custos.shared.web.LocalFormats;
import org.custos.work.internal.WorkReports;
import org.springframework.context.MessageSource;

/**
 * A table of the report as the reader sees it: headers and cells already written in the reader's language. The page
 * renders it and the CSV writes it, so the CSV is exactly the table on screen.
 */
record ReportTable(List<String> headers, List<List<String>> rows, List<String> links) {

    /** The columns after the first ones (facility and programme, or facility and number of programmes). */
    private static final List<String> FIGURES = List.of("allocated", "attending", "rate", "hours", "credited", "pay");

    static ReportTable programmes(List<WorkReports.Line> lines, MessageSource messages, Locale locale,
                                  java.util.function.UnaryOperator<String> facilityName) {
        List<String> headers = new ArrayList<>(List.of(msg(messages, locale, "facility"), msg(messages, locale, "programme")));
        FIGURES.forEach(f -> headers.add(msg(messages, locale, f)));
        headers.addAll(List.of(msg(messages, locale, "target"), msg(messages, locale, "good"), msg(messages, locale, "percent")));
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (WorkReports.Line l : lines) {
            List<String> row = new ArrayList<>(List.of(facilityName.apply(l.facilityCode()), l.code() + " — " + l.name()));
            row.addAll(figures(l, locale));
            row.add(l.target() == null ? "—" : LocalFormats.decimal(l.target(), 0, locale));
            row.add(l.good() == null ? "—" : LocalFormats.decimal(l.good(), 0, locale));
            row.add(l.productionPercent() == null ? "—" : l.productionPercent() + " % · "
                    + messages.getMessage("work.chart." + TargetChart.Status.of(l.productionPercent()), null, locale));
            rows.add(row);
            links.add("/work/programmes/" + l.programmeId());
        }
        return new ReportTable(headers, rows, links);
    }

    static ReportTable facilities(WorkReports.Report report, MessageSource messages, Locale locale,
                                  java.util.function.UnaryOperator<String> facilityName) {
        List<WorkReports.Line> lines = report.facilities();
        WorkReports.Line total = report.total();
        List<String> headers = new ArrayList<>(List.of(msg(messages, locale, "facility"), msg(messages, locale, "programmes")));
        FIGURES.forEach(f -> headers.add(msg(messages, locale, f)));
        headers.add(msg(messages, locale, "workshops"));
        List<List<String>> rows = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<WorkReports.Line> all = new ArrayList<>(lines);
        if (total != null && !lines.isEmpty()) all.add(total);
        for (WorkReports.Line l : all) {
            List<String> row = new ArrayList<>();
            row.add(l.facilityCode() == null ? msg(messages, locale, "total") : facilityName.apply(l.facilityCode()));
            row.add(LocalFormats.decimal(l.programmes(), 0, locale));
            row.addAll(figures(l, locale));
            row.add(l.workshops() == 0 ? "—"
                    : messages.getMessage("work.report.atTarget", new Object[] {l.workshopsAtTarget(), l.workshops()}, locale));
            rows.add(row);
            links.add(l.facilityCode() == null ? null : "/work/reports?month=" + report.month() + "&facility=" + l.facilityCode());
        }
        return new ReportTable(headers, rows, links);
    }

    private static List<String> figures(WorkReports.Line l, Locale locale) {
        return List.of(LocalFormats.decimal(l.allocated(), 0, locale), LocalFormats.decimal(l.attending(), 0, locale),
                l.attendanceRate() == null ? "—" : l.attendanceRate() + " %", LocalFormats.decimal(l.hours(), 1, locale),
                LocalFormats.decimal(l.daysCredited(), 0, locale), LocalFormats.decimal(l.payCredited(), 2, locale));
    }

    private static String msg(MessageSource messages, Locale locale, String column) {
        return messages.getMessage("work.report.col." + column, null, locale);
    }

    /** The table as CSV (RFC 4180, a UTF-8 byte-order mark so spreadsheets read the accents), cells defused. */
    String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(headers));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(ReportTable::cell).toList()) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) return "";
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
