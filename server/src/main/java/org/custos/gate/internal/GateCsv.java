package org.custos.gate.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The day's log as CSV (RFC 4180), cells that a spreadsheet would run as formulas defused. Values are
 * the current ones (after corrections); {@code corrected_fields} names the fields corrections changed.
 */
public final class GateCsv {

    public static final String HEADER = row("movement", "time", "kind", "full_name", "document_type", "document_number",
            "document_country", "organisation", "purpose", "person_visited", "booking", "area", "authorized_by", "gate",
            "recorded_by", "surveillance_offline", "entry_id", "corrected_fields");

    private GateCsv() {
    }

    public static String line(GateQueries.LogLine l) {
        EntryRow e = l.entry();
        return row(l.movement(), l.at().toString(), e.kind(), e.fullName(), e.documentType(), e.documentNumber(),
                e.documentCountry(), e.organisation(), e.purpose(), e.visitedName(), e.visitedBooking(), e.area(),
                e.authorizedBy(), e.gate(), "ENTRY".equals(l.movement()) ? e.recordedBy() : e.exitRecordedBy(),
                Boolean.toString(l.offline()), e.id().toString(),
                String.join(";", new java.util.TreeSet<>(l.corrected())));
    }

    static String row(String... cells) {
        return Arrays.stream(cells).map(GateCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
