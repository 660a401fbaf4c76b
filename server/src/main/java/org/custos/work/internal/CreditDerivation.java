package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * From one allocation's attendance records to days of labor efectiva. A day counts when the hours
 * attended that day reach the programme's minimum (default: the full session length); only
 * {@code ATTENDED} records contribute hours; a day without enough is skipped with its reason (the outcome
 * of its records, or {@code SHORT_HOURS}). Each day names the attendance records it comes from.
 * Spring-free; pinned by the golden cases in {@code src/test/resources/work/golden/}.
 */
public final class CreditDerivation {

    /** The programme's hours rule. */
    public record Rule(BigDecimal sessionHours, BigDecimal minHours) {
    }

    public record Record(UUID id, LocalDate date, String outcome, BigDecimal hours) {
    }

    public record Day(LocalDate date, BigDecimal hours, List<UUID> attendanceIds) {
    }

    public record Skipped(LocalDate date, String reason, List<UUID> attendanceIds) {
    }

    public record Result(List<Day> days, List<Skipped> skipped) {
    }

    private CreditDerivation() {
    }

    public static Result derive(Rule rule, List<Record> records) {
        BigDecimal min = rule.minHours() == null ? rule.sessionHours() : rule.minHours();
        Map<LocalDate, List<Record>> byDay = new TreeMap<>();
        for (Record r : records) byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
        List<Day> days = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Record>> e : byDay.entrySet()) {
            BigDecimal hours = BigDecimal.ZERO;
            List<UUID> ids = new ArrayList<>();
            String other = null;
            for (Record r : e.getValue()) {
                ids.add(r.id());
                if ("ATTENDED".equals(r.outcome())) {
                    hours = hours.add(r.hours() == null ? BigDecimal.ZERO : r.hours().min(rule.sessionHours()));
                } else if (other == null) {
                    other = r.outcome();
                }
            }
            if (hours.signum() > 0 && hours.compareTo(min) >= 0) {
                days.add(new Day(e.getKey(), hours.stripTrailingZeros(), List.copyOf(ids)));
            } else {
                skipped.add(new Skipped(e.getKey(), hours.signum() > 0 || other == null ? "SHORT_HOURS" : other,
                        List.copyOf(ids)));
            }
        }
        return new Result(days, skipped);
    }
}
