package org.custos.releasedates.result;

import java.time.LocalDate;
import java.util.List;

/**
 * Result for one computation unit: a sentence, or a chain of consecutive sentences served as one
 * aggregate term.
 */
public record TermResult(List<String> sentenceIds, String jurisdiction, LocalDate start, long termDays,
                         List<DateResult> dates, List<Alert> alerts) {

    public TermResult {
        sentenceIds = List.copyOf(sentenceIds);
        dates = List.copyOf(dates);
        alerts = List.copyOf(alerts);
    }

    public DateResult date(String name) {
        for (DateResult d : dates) if (d.name().equals(name)) return d;
        return null;
    }
}
