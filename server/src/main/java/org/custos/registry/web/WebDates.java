package org.custos.registry.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people type and read them: {@code 22/11/2026} (day first, as both Spanish and the
 * forms' hint write it; ISO {@code 2026-11-22} is accepted too) and times as {@code 14:30}, in the
 * registry's time zone. Shown dates follow the locale: {@code dd/MM/yyyy} in Spanish.
 */
final class WebDates {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter SHOWN_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private WebDates() {
    }

    /** Empty for a blank text; throws {@link DateTimeParseException} for text that is not a date. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace('-', '/').replace('.', '/');
        if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
            String[] p = t.split("/");
            t = p[2] + "/" + p[1] + "/" + p[0];
        }
        return Optional.of(LocalDate.parse(t, TYPED));
    }

    static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(text.strip().replace('.', ':'), TIME));
    }

    /** A date and an optional time (midnight if blank) in {@code zone}, as an instant in UTC. */
    static Optional<OffsetDateTime> parseInstant(String date, String time, ZoneId zone) {
        Optional<LocalDate> d = parseDate(date);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        LocalTime t = parseTime(time).orElse(LocalTime.MIDNIGHT);
        return Optional.of(d.get().atTime(t).atZone(zone).toOffsetDateTime()
                .withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }

    static String typed(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    static String time(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : at.atZoneSameInstant(zone).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
