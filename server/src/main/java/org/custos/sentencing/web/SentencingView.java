package org.custos.sentencing.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.custos.sentencing.internal.PersonRecords;
import org.custos.releasedates.json.CaseFiles;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.CaseResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for the sentencing pages ({@code @sentencingView} in templates). */
@Component("sentencingView")
public class SentencingView {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final MessageSource messages;

    SentencingView(MessageSource messages) {
        this.messages = messages;
    }

    public String date(LocalDate d) {
        return d == null ? "—" : org.custos.shared.web.LocalFormats.date(d, LocaleContextHolder.getLocale());
    }

    public String days(long days) {
        return days > 0 ? "+" + days : String.valueOf(days);
    }

    public String label(String prefix, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return key == null ? "" : messages.getMessage(prefix + key, null, key, locale);
    }

    public List<String> jurisdictions() {
        return List.of("SV", "US", "CO", "PE");
    }

    public List<String> classes() {
        return List.of("LESSER", "SERIOUS");
    }

    public List<String> statuses() {
        return List.of("PENDING", "APPROVED");
    }

    public List<String> kinds() {
        return List.of("WORK", "COMMUNITY_WORK", "STUDY", "TEACHING", "PROGRAMMING");
    }

    /**
     * The approved credits behind an aggregated redención line (the engine sums them per rule version):
     * the credits of the kind the rule is named after ({@code REDENCION_COMMUNITY_WORK} → COMMUNITY_WORK),
     * so the page names each one with its constancia. Lines that redeem nothing name none.
     */
    public List<PersonRecords.CreditRow> approvedFor(DerivationLine line, List<PersonRecords.CreditRow> credits) {
        if (line == null || line.days() >= 0 || line.rule() == null) return List.of();
        String kind = null;
        for (String k : kinds()) {
            if (line.rule().endsWith("_" + k) && (kind == null || k.length() > kind.length())) kind = k;
        }
        if (kind == null) return List.of();
        String chosen = kind;
        return credits.stream().filter(c -> "APPROVED".equals(c.status()) && chosen.equals(c.kind())).toList();
    }

    static CaseResult result(String json) {
        return json == null ? null : CaseFiles.mapper().readValue(json, CaseResult.class);
    }

    /** dd/mm/yyyy (or ISO yyyy-mm-dd); null for blank; throws for anything else. */
    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        try {
            return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, DateTimeFormatter.ofPattern("d/M/uuuu"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(t);
        }
    }
}
