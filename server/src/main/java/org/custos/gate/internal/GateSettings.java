package org.custos.gate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gate's day: the facilities' time zone ({@code custos.time-zone}) and the hour after which
 * anyone still inside is flagged ({@code custos.gate.end-of-day}, default 18:00).
 */
@Component
public class GateSettings {

    private final ZoneId zone;
    private final LocalTime endOfDay;
    private final Clock clock;

    GateSettings(@Value("${custos.time-zone:America/El_Salvador}") String zone,
                 @Value("${custos.gate.end-of-day:18:00}") String endOfDay, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.endOfDay = LocalTime.parse(endOfDay);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /**
     * People who entered before this instant and are still inside are flagged: the start of today,
     * or now once today's end of day has passed.
     */
    public OffsetDateTime overdueBefore() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return now.toLocalTime().isBefore(endOfDay) ? startOf(now.toLocalDate()) : now.toOffsetDateTime();
    }
}
