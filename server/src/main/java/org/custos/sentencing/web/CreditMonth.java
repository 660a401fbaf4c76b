package org.custos.sentencing.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.sentencing.internal.PersonRecords.CreditRow;

/**
 * The credits of one month of activity, with its totals, for the sentence page's credit list (a person who works
 * every day has hundreds of credits: the page shows one collapsible month each).
 *
 * @param open whether the page shows the month unfolded: the latest month, and any month with a credit awaiting
 *             the judge's approval
 */
public record CreditMonth(YearMonth month, List<CreditRow> credits, long days, long hours, int approved, boolean open) {

    /** Months in order of activity, oldest first; each month's credits in date order. */
    static List<CreditMonth> of(List<CreditRow> credits) {
        Map<YearMonth, List<CreditRow>> by = new TreeMap<>();
        for (CreditRow c : credits) by.computeIfAbsent(YearMonth.from(c.date()), m -> new ArrayList<>()).add(c);
        List<CreditMonth> out = new ArrayList<>(by.size());
        YearMonth latest = by.isEmpty() ? null : ((TreeMap<YearMonth, List<CreditRow>>) by).lastKey();
        for (var e : by.entrySet()) {
            List<CreditRow> rows = new ArrayList<>(e.getValue());
            rows.sort(java.util.Comparator.comparing(CreditRow::date));
            long days = 0, hours = 0;
            int approved = 0;
            boolean pending = false;
            for (CreditRow c : rows) {
                if (c.days() != null) days += c.days();
                if (c.hours() != null) hours += c.hours();
                if ("APPROVED".equals(c.status())) approved++;
                if ("PENDING".equals(c.status())) pending = true;
            }
            out.add(new CreditMonth(e.getKey(), rows, days, hours, approved, pending || e.getKey().equals(latest)));
        }
        return out;
    }
}
