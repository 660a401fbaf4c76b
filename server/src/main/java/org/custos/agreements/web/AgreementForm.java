package org.custos.agreements.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.custos.agreements.rules.AgreementTerms;
import org.custos.shared.web.FieldProblem;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The agreement form's fields as typed, by name: each control is named after the API's field path
 * ({@code terms.fee.amount}), so a refusal lands beside its control. {@link #terms} reads them into
 * {@link AgreementTerms}; what cannot be read (a date that is not {@code dd/mm/aaaa}, a number with letters) is a
 * field problem of its own, and the field is left empty for the module's checks.
 */
final class AgreementForm {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_OUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    final MultiValueMap<String, String> values;
    final List<FieldProblem> problems = new ArrayList<>();

    AgreementForm(MultiValueMap<String, String> values) {
        this.values = new LinkedMultiValueMap<>(values);
    }

    /** The form filled with a version's terms (the amendment form starts from the current version). */
    static AgreementForm of(AgreementTerms t) {
        MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
        put(m, "terms.title", t.title());
        put(m, "terms.sendingState", t.sendingState());
        put(m, "terms.sendingAuthority", t.sendingAuthority());
        put(m, "terms.receivingAuthority", t.receivingAuthority());
        put(m, "terms.signedOn", day(t.signedOn()));
        put(m, "terms.effectiveFrom", day(t.effectiveFrom()));
        put(m, "terms.durationMonths", t.durationMonths());
        put(m, "terms.extensionOptions", t.extensionOptions());
        put(m, "terms.extensionMonths", t.extensionMonths());
        m.put("terms.facilities", new ArrayList<>(t.facilities()));
        put(m, "terms.places", t.places());
        AgreementTerms.Fee f = t.fee();
        put(m, "terms.fee.model", f.model());
        put(m, "terms.fee.amount", f.amount() == null ? null : f.amount().toPlainString());
        put(m, "terms.fee.currency", f.currency());
        put(m, "terms.fee.index", f.index());
        put(m, "terms.fee.indexBaseDate", day(f.indexBaseDate()));
        put(m, "terms.fee.indexBaseValue", f.indexBaseValue() == null ? null : f.indexBaseValue().toPlainString());
        m.put("terms.billedSeparately", new ArrayList<>(t.billedSeparately()));
        put(m, "terms.invoicingPeriod", t.invoicingPeriod());
        put(m, "terms.paymentDays", t.paymentDays());
        AgreementTerms.Law l = t.law();
        put(m, "terms.law.releaseDateRules", l.releaseDateRules());
        put(m, "terms.law.jurisdiction", l.jurisdiction());
        put(m, "terms.law.inspectors", String.join("\n", l.inspectors()));
        put(m, "terms.law.complaintRoute", l.complaintRoute());
        AgreementTerms.Rules r = t.eligibility();
        String e = "terms.eligibility.";
        put(m, e + "version", r.version());
        m.put(e + "acceptedStatuses", new ArrayList<>(r.acceptedStatuses()));
        m.put(e + "sexes", new ArrayList<>(r.sexes()));
        put(m, e + "minAge", r.minAge());
        put(m, e + "maxAge", r.maxAge());
        put(m, e + "excludedOffences", String.join("\n", r.excludedOffences()));
        put(m, e + "excludedNationalities", String.join(", ", r.excludedNationalities()));
        for (var flag : Map.of("excludeEscapeRisk", r.excludeEscapeRisk(), "excludeSeriousMentalDisorder",
                r.excludeSeriousMentalDisorder(), "excludeLifeSentences", r.excludeLifeSentences(),
                "expulsionOrderRequired", r.expulsionOrderRequired(), "consentRequired", r.consentRequired()).entrySet()) {
            if (flag.getValue()) put(m, e + flag.getKey(), "true");
        }
        put(m, e + "consentNoticeDays", r.consentNoticeDays());
        put(m, e + "minMonthsLeft", r.minMonthsLeft());
        put(m, e + "returnRule", r.returnRule());
        put(m, e + "returnMonthsBeforeEnd", r.returnMonthsBeforeEnd());
        return new AgreementForm(m);
    }

    /** The text of one field as typed ("" when absent). */
    public String get(String name) {
        String v = values.getFirst(name);
        return v == null ? "" : v;
    }

    /** Whether a check box or a choice of a list field is ticked. */
    public boolean has(String name, String value) {
        List<String> all = values.get(name);
        return all != null && all.contains(value);
    }

    AgreementTerms terms() {
        String e = "terms.eligibility.";
        AgreementTerms.Fee fee = new AgreementTerms.Fee(text("terms.fee.model"), decimal("terms.fee.amount"),
                upper("terms.fee.currency"), text("terms.fee.index"), date("terms.fee.indexBaseDate"),
                decimal("terms.fee.indexBaseValue"));
        AgreementTerms.Law law = new AgreementTerms.Law(text("terms.law.releaseDateRules"), text("terms.law.jurisdiction"),
                lines("terms.law.inspectors", "\n"), text("terms.law.complaintRoute"));
        AgreementTerms.Rules rules = new AgreementTerms.Rules(text(e + "version"), list(e + "acceptedStatuses"),
                list(e + "sexes"), integer(e + "minAge"), integer(e + "maxAge"), lines(e + "excludedOffences", "\n"),
                flag(e + "excludeEscapeRisk"), flag(e + "excludeSeriousMentalDisorder"), flag(e + "excludeLifeSentences"),
                flag(e + "expulsionOrderRequired"), lines(e + "excludedNationalities", "[,\\s]").stream()
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList(), flag(e + "consentRequired"),
                integer(e + "consentNoticeDays"), integer(e + "minMonthsLeft"), text(e + "returnRule"),
                integer(e + "returnMonthsBeforeEnd"));
        return new AgreementTerms(text("terms.title"), upper("terms.sendingState"), text("terms.sendingAuthority"),
                text("terms.receivingAuthority"), date("terms.signedOn"), date("terms.effectiveFrom"),
                integer("terms.durationMonths"), integer("terms.extensionOptions"), integer("terms.extensionMonths"),
                list("terms.facilities"), integer("terms.places"), fee, list("terms.billedSeparately"),
                text("terms.invoicingPeriod"), integer("terms.paymentDays"), law, rules);
    }

    private String text(String name) {
        String v = get(name).trim();
        return v.isEmpty() ? null : v;
    }

    private String upper(String name) {
        String v = text(name);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    private List<String> list(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all.stream().filter(s -> !s.isBlank()).toList();
    }

    private List<String> lines(String name, String separator) {
        return Arrays.stream(get(name).split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private Boolean flag(String name) {
        return has(name, "true");
    }

    private Integer integer(String name) {
        String v = text(name);
        if (v == null) return null;
        if (!v.matches("\\d{1,9}")) {
            problems.add(FieldProblem.of(name, "agreements.WHOLE_NUMBER"));
            return null;
        }
        return Integer.valueOf(v);
    }

    /** A decimal as Spanish or English write it: {@code 43,47}, {@code 1.234,5}, {@code 43.47}, {@code 1,234.5}. */
    private BigDecimal decimal(String name) {
        String v = text(name);
        if (v == null) return null;
        String s = v.replace(" ", "");
        int comma = s.lastIndexOf(','), dot = s.lastIndexOf('.');
        s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        if (!s.matches("\\d{1,15}(\\.\\d{1,10})?")) {
            problems.add(FieldProblem.of(name, "agreements.DECIMAL"));
            return null;
        }
        return new BigDecimal(s);
    }

    private LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : LocalDate.parse(v, DAY);
        } catch (DateTimeParseException ex) {
            problems.add(FieldProblem.of(name, "agreements.DATE_FORMAT"));
            return null;
        }
    }

    private static String day(LocalDate d) {
        return d == null ? null : DAY_OUT.format(d);
    }

    private static void put(MultiValueMap<String, String> m, String name, Object value) {
        if (value != null) m.add(name, value.toString());
    }
}
