package org.custos.registry.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.registry.DocumentType;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Helpers the registry templates call as {@code @registryView}: dates as the user's language writes
 * them, instants in the registry's time zone, country names, and the tag of each legal status.
 */
@Component("registryView")
public class RegistryView {

    /** A choice in a list: the value posted and the label shown. */
    public record Option(String value, String label) {
    }

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private final ZoneId zone;
    private final MessageSource messages;

    RegistryView(@Value("${custos.time-zone:America/El_Salvador}") String zone, MessageSource messages) {
        this.zone = ZoneId.of(zone);
        this.messages = messages;
    }

    public List<Option> documentTypes() {
        return options("web.documentType.", DocumentType.values());
    }

    /** The option lists that forms pass to their select fragments (which may not call beans). */
    public void addOptions(org.springframework.ui.Model model) {
        model.addAttribute("countries", countries());
        model.addAttribute("documentTypes", documentTypes());
    }

    public List<Option> sexes() {
        return options("web.sex.", org.custos.registry.Sex.values());
    }

    /** The "persons" filter of the search: held now, released, or all. */
    public List<Option> heldFilters() {
        return java.util.stream.Stream.of("held", "released", "all")
                .map(h -> new Option(h, label("search.held.", h))).toList();
    }

    public List<Option> statuses() {
        return options("web.status.", LegalStatusKind.values());
    }

    /** The label of a value in the user's language, e.g. {@code label("web.status.", UNTRIED)}. */
    public String label(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        String key = value instanceof Enum<?> e ? e.name() : value.toString();
        return messages.getMessage(prefix + key, null, key, LocaleContextHolder.getLocale());
    }

    /** A logged purpose in the reader's language; "other" keeps the reader's own words. */
    public String purpose(String logged) {
        if (logged == null) {
            return "";
        }
        if (logged.startsWith(Purposes.OTHER + ":")) {
            return label("purpose.", Purposes.OTHER) + ":" + logged.substring(Purposes.OTHER.length() + 1);
        }
        return label("purpose.", logged);
    }

    /** The current value of a correctable field, as a reader reads it. */
    public String current(PersonDetails p, String field) {
        String v = switch (field) {
            case "givenNames" -> p.givenNames();
            case "firstSurname" -> p.firstSurname();
            case "secondSurname" -> p.secondSurname();
            case "sex" -> label("web.sex.", p.sex());
            case "dateOfBirth" -> date(p.dateOfBirth());
            case "nationality" -> country(p.nationality());
            default -> null;
        };
        return v == null || v.isBlank() ? "—" : v;
    }

    /** A value of the correction history (as the registry stores it) as a reader reads it. */
    public String corrected(String field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        try {
            return switch (field) {
                case "sex" -> label("web.sex.", value);
                case "dateOfBirth" -> date(LocalDate.parse(value));
                case "nationality" -> country(value) + " (" + value + ")";
                default -> value;
            };
        } catch (RuntimeException e) {
            return value;
        }
    }

    private List<Option> options(String prefix, Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> new Option(v.name(), label(prefix, v))).toList();
    }

    public ZoneId zone() {
        return zone;
    }

    private static boolean spanish() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** {@code 22/11/2026} in Spanish, {@code 22 Nov 2026} in English. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return org.custos.shared.web.LocalFormats.date(date, LocaleContextHolder.getLocale());
    }

    /** Date and time in the registry's time zone, e.g. {@code 22/11/2026 14:30}. */
    public String at(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(zone);
        return date(local.toLocalDate()) + " " + local.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The country's name in the user's language, or the code itself if it is not an ISO code. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return ISO.contains(code) ? Locale.of("", code).getDisplayCountry(locale()) : code;
    }

    public List<Option> countries() {
        Collator collator = Collator.getInstance(locale());
        return ISO.stream().map(c -> new Option(c, country(c)))
                .sorted(Comparator.comparing(Option::label, collator)).toList();
    }

    /** The style of a legal status tag; the tag always carries the status in words too. */
    public String statusClass(LegalStatusKind kind, boolean held) {
        if (!held) {
            return "released";
        }
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case UNTRIED -> "untried";
            case CONVICTED -> "convicted";
            case HELD_FOR_ANOTHER_STATE -> "foreign";
            case IMMIGRATION_DETENTION -> "immigration";
            case ADMINISTRATIVE_STATE_OF_EXCEPTION -> "exception";
        };
    }

    private static Locale locale() {
        return spanish() ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }
}
