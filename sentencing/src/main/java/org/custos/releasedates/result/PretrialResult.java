package org.custos.releasedates.result;

import java.util.List;

/** Provisional-detention limit dates for one pretrial detention. */
public record PretrialResult(String id, String jurisdiction, List<DateResult> dates, List<Alert> alerts) {

    public PretrialResult {
        dates = List.copyOf(dates);
        alerts = List.copyOf(alerts);
    }
}
