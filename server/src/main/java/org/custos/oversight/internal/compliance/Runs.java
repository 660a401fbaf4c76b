package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Consecutive days with the same finding for the same subject, merged into one finding for the period. */
final class Runs {

    private Runs() {
    }

    record Day(UUID subject, String label, String facility, LocalDate day, Severity severity, BigDecimal measure,
               List<String> evidence) {
    }

    record Run(UUID subject, String label, String facility, Severity severity, LocalDate from, LocalDate to, int days,
               BigDecimal worst, List<String> evidence) {
    }

    /** {@code higherIsWorse}: the run's worst measure is its highest (a temperature) or its lowest (minutes outside). */
    static List<Run> of(List<Day> days, boolean higherIsWorse) {
        List<Day> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing((Day d) -> d.subject().toString()).thenComparing(Day::severity)
                .thenComparing(Day::day));
        List<Run> runs = new ArrayList<>();
        Run open = null;
        for (Day d : sorted) {
            if (open != null && open.subject().equals(d.subject()) && open.severity() == d.severity()
                    && open.to().plusDays(1).equals(d.day())) {
                BigDecimal worst = higherIsWorse ? open.worst().max(d.measure()) : open.worst().min(d.measure());
                List<String> ev = new ArrayList<>(open.evidence());
                ev.addAll(d.evidence());
                open = new Run(open.subject(), open.label(), open.facility(), open.severity(), open.from(), d.day(),
                        open.days() + 1, worst, ev);
            } else {
                if (open != null) runs.add(open);
                open = new Run(d.subject(), d.label(), d.facility(), d.severity(), d.day(), d.day(), 1, d.measure(),
                        d.evidence());
            }
        }
        if (open != null) runs.add(open);
        return runs;
    }
}
