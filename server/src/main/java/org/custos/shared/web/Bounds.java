package org.custos.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that says what is plausible in a request: every date and instant lies between
 * {@code custos.bounds.earliest-date} (default 1900-01-01) and a horizon that depends on the field's
 * {@link Kind}; free text and lists have a maximum size. Each check records a field problem in the
 * request's {@link Validation} and returns whether the value passed (null passes: "required" is the
 * caller's business). The table of every field and its bound is {@code docs/input-bounds.md}.
 */
@Component
public class Bounds {

    /** How far after today a field may lie. */
    public enum Kind {
        /** Something that has happened: not after today (dates) or now plus the clock tolerance (instants). */
        PAST_FACT,
        /**
         * Something booked ahead, such as a visit: not before today (dates) or now minus the clock tolerance
         * (instants), at most {@code custos.bounds.schedule-days} ahead.
         */
        SCHEDULED,
        /** A legal date that may lie decades ahead, such as a sentence's start: {@code horizon-years} ahead. */
        FAR_FUTURE
    }

    /** A name, a place, an authority: one line. */
    public static final int NAME = 200;
    /** A code or reference number (case number, decree, document). */
    public static final int CODE = 100;
    /** A free-text account (legal basis, injuries, reasons, notes). */
    public static final int TEXT = 4000;

    private final Clock clock;
    private final ZoneId zone;
    private final LocalDate earliest;
    private final int horizonYears;
    private final int scheduleDays;
    private final Duration tolerance;

    Bounds(Clock clock, @Value("${custos.time-zone:America/El_Salvador}") String zone,
           @Value("${custos.bounds.earliest-date:1900-01-01}") String earliest,
           @Value("${custos.bounds.horizon-years:150}") int horizonYears,
           @Value("${custos.bounds.schedule-days:366}") int scheduleDays,
           @Value("${custos.bounds.clock-tolerance:5m}") String tolerance) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.earliest = LocalDate.parse(earliest);
        this.horizonYears = horizonYears;
        this.scheduleDays = scheduleDays;
        this.tolerance = org.springframework.boot.convert.DurationStyle.detectAndParse(tolerance);
    }

    /** Today in the facilities' time zone ({@code custos.time-zone}). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The facilities' day ({@code custos.time-zone}) of an instant. */
    public LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }

    /** Now, in UTC. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public LocalDate earliest() {
        return earliest;
    }

    /** The last day a date of this kind may fall on. */
    public LocalDate latest(Kind kind) {
        LocalDate today = today();
        return switch (kind) {
            case PAST_FACT -> today;
            case SCHEDULED -> today.plusDays(scheduleDays);
            case FAR_FUTURE -> today.plusYears(horizonYears);
        };
    }

    /**
     * A date of this kind: not before the earliest date (a {@code SCHEDULED} one not before today), not after
     * {@link #latest(Kind)}.
     */
    public boolean date(Validation v, String field, LocalDate value, Kind kind) {
        if (value == null) {
            return true;
        }
        if (value.isBefore(earliest)) {
            v.reject(field, "bounds.too-early", earliest);
            return false;
        }
        if (kind == Kind.SCHEDULED && value.isBefore(today())) {
            v.reject(field, "bounds.past", today().toString());
            return false;
        }
        LocalDate latest = latest(kind);
        if (value.isAfter(latest)) {
            v.reject(field, kind == Kind.PAST_FACT ? "bounds.future" : "bounds.too-late", latest);
            return false;
        }
        return true;
    }

    /**
     * An instant of this kind. A past fact may lie up to the clock tolerance ({@code custos.bounds.clock-tolerance},
     * default five minutes) after now, so a terminal whose clock runs a little fast is not refused; a scheduled
     * one up to the same tolerance before now (booked "now" on a terminal whose clock runs a little slow).
     */
    public boolean instant(Validation v, String field, OffsetDateTime value, Kind kind) {
        if (value == null) {
            return true;
        }
        if (value.atZoneSameInstant(zone).toLocalDate().isBefore(earliest)) {
            v.reject(field, "bounds.too-early", earliest);
            return false;
        }
        if (kind == Kind.PAST_FACT) {
            boolean future = value.isAfter(now().plus(tolerance));
            v.rejectIf(future, field, "bounds.future", "");
            return !future;
        }
        if (kind == Kind.SCHEDULED && value.isBefore(now().minus(tolerance))) {
            v.reject(field, "bounds.past", "");
            return false;
        }
        LocalDate latest = latest(kind);
        boolean late = value.atZoneSameInstant(zone).toLocalDate().isAfter(latest);
        v.rejectIf(late, field, "bounds.too-late", latest.toString());
        return !late;
    }

    /** A past-fact instant, or now when none was given; in UTC. */
    public OffsetDateTime pastOrNow(Validation v, String field, OffsetDateTime given) {
        instant(v, field, given, Kind.PAST_FACT);
        return (given == null ? now() : given).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Free text of at most {@code max} characters. */
    public static boolean text(Validation v, String field, String value, int max) {
        boolean ok = value == null || value.length() <= max;
        v.rejectIf(!ok, field, "too-long", max);
        return ok;
    }

    /** A list of at most {@code max} items; a longer one is refused as a whole (its items are not checked). */
    public static boolean list(Validation v, String field, Collection<?> list, int max) {
        boolean ok = list == null || list.size() <= max;
        v.rejectIf(!ok, field, "bounds.too-many", max);
        return ok;
    }
}
