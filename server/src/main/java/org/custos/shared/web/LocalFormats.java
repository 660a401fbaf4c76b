package org.custos.shared.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way every page and every message writes a date, a time and a number in the user's language
 * ({@code @formats} in templates): {@code 22/11/2026 14:30} and {@code 1.234,5} in Spanish,
 * {@code 22 Nov 2026 14:30} and {@code 1,234.5} in English; times in the facilities' time zone
 * ({@code custos.time-zone}), never UTC on a page.
 */
@Component("formats")
public class LocalFormats {

    private static final DateTimeFormatter DATE_ES = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final ZoneId zone;

    LocalFormats(@Value("${custos.time-zone:America/El_Salvador}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** A date as the locale writes it; empty for none. */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return ("en".equals(locale.getLanguage()) ? DATE_EN : DATE_ES).format(date);
    }

    public String date(LocalDate date) {
        return date(date, locale());
    }

    /** The local date of an instant, in the facilities' time zone. */
    public String date(OffsetDateTime at) {
        return at == null ? "" : date(at.atZoneSameInstant(zone).toLocalDate());
    }

    /** Date and time in the facilities' time zone. */
    public String dateTime(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(zone);
        return date(local.toLocalDate()) + " " + local.format(TIME);
    }

    /** The local time of day of an instant. */
    public String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(TIME);
    }

    /** A number with {@code digits} decimals, grouped as the locale groups them. */
    public String decimal(Number value, int digits) {
        return decimal(value, digits, locale());
    }

    public static String decimal(Number value, int digits, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(numberLocale(locale));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    /**
     * An elapsed time in hours and minutes, the symbols both languages use: {@code 48 h}, {@code 1 h 30 min},
     * {@code 30 min}, {@code 0 min}; the hours grouped as the locale groups numbers ({@code 1.200 h}).
     */
    public static String duration(Duration d, Locale locale) {
        if (d == null) {
            return "—";
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        String h = decimal(hours, 0, locale) + " h";
        return minutes == 0 ? h : h + " " + minutes + " min";
    }

    /** A whole number, grouped as the locale groups them ({@code 110.000} in Spanish). */
    public String integer(Number value) {
        return value == null ? "—" : decimal(value, 0);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Spanish as Spain writes numbers (1.234,5): the grouping the pages already use. */
    static Locale numberLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es-ES");
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
