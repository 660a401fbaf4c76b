package org.custos.oversight.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;

/**
 * What a register form sends, read as the API's types: a date and time from a {@code datetime-local} control in
 * the facilities' time zone, a date, a decimal written either way ({@code 34,5} or {@code 34.5}); what cannot be read
 * is a field error under the form control's name. The service's own refusals are renamed from the API's field paths
 * ({@code personId}, {@code readings[0].celsius}) to the form's controls ({@code bookingNumber}, {@code celsius}).
 */
final class FormInput {

    private final Map<String, String> form;
    private final ZoneId zone;
    final Validation problems = new Validation();

    FormInput(Map<String, String> form, ZoneId zone) {
        this.form = form;
        this.zone = zone;
    }

    String text(String name) {
        String v = form.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    boolean checked(String name) {
        return "true".equals(form.get(name));
    }

    OffsetDateTime instant(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDateTime.parse(v).atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.reject(name, "oversight.FORM_DATE_TIME_INVALID");
            return null;
        }
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.reject(name, "oversight.FORM_DATE_INVALID");
            return null;
        }
    }

    BigDecimal decimal(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.reject(name, "oversight.NUMBER_INVALID");
            return null;
        }
    }

    /** Throws the problems of reading the form, before the service is asked (nothing is written). */
    void throwIfUnreadable() {
        problems.throwIfInvalid("oversight.validation");
    }

    /** The service's refusal with each field under its form control's name. */
    static ProblemException renamed(ProblemException e, Map<String, String> names) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldProblem f : e.fields()) {
            String field = f.field().replaceFirst("^readings\\[\\d+]\\.?", "");
            if (field.isEmpty()) field = "cellId";
            fields.add(new FieldProblem(names.getOrDefault(field, field), f.code(), f.args()));
        }
        return new ProblemException(e.status(), e.code(), fields);
    }
}
