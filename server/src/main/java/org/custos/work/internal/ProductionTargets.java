package org.custos.work.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workshop's target for each session day of a month, from its target history: on each day the target in force
 * is the one with the latest {@code validFrom} on or before it (the latest set, for the same day). A SESSION
 * target counts whole on every session day (garments per shift); a MONTH target is shared evenly between the
 * month's session days (150,000 pairs over 26 working days), the remainder going to the first days, so the
 * days add up to the month exactly. The rest day has no session and no target. Spring-free.
 */
public final class ProductionTargets {

    /** A target as recorded; {@code per} MONTH or SESSION. */
    public record Target(LocalDate validFrom, String per, int quantity) {
    }

    private ProductionTargets() {
    }

    /** The target of each session day of the month (days without a target in force are absent). */
    public static Map<LocalDate, Long> daily(YearMonth month, Integer restDay, List<Target> history) {
        List<Target> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(Target::validFrom)); // stable: the later-set of the same day stays later
        List<LocalDate> sessions = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (restDay == null || d.getDayOfWeek().getValue() != restDay) sessions.add(d);
        }
        Map<LocalDate, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            LocalDate d = sessions.get(i);
            Target t = inForce(sorted, d);
            if (t == null) continue;
            if ("SESSION".equals(t.per())) {
                out.put(d, (long) t.quantity());
            } else {
                long share = t.quantity() / sessions.size();
                long remainder = t.quantity() % sessions.size();
                out.put(d, share + (i < remainder ? 1 : 0));
            }
        }
        return out;
    }

    /** The month's target: the sum of its days. */
    public static long month(YearMonth month, Integer restDay, List<Target> history) {
        return daily(month, restDay, history).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Target inForce(List<Target> sorted, LocalDate day) {
        Target found = null;
        for (Target t : sorted) if (!t.validFrom().isAfter(day)) found = t;
        return found;
    }
}
