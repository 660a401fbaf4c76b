package org.custos.gate.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.custos.shared.web.Validation;

/**
 * Who may be written down as entering: a full name (given names and a surname, no initials), a
 * document with its issuing country, and the organisation of anyone who comes on its behalf.
 */
public final class EntrantRules {

    public static final Set<String> KINDS = Set.of("VISITOR", "LAWYER", "OFFICIAL", "STAFF", "CONTRACTOR");
    public static final Set<String> DOCUMENTS = Set.of("DUI", "PASSPORT", "STAFF_CARD", "PROFESSIONAL_CARD", "OTHER");
    private static final Set<String> NEEDS_ORGANISATION = Set.of("LAWYER", "OFFICIAL", "CONTRACTOR");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final int MAX = 300;

    private EntrantRules() {
    }

    /** Checks the entrant; fields are named {@code prefix + "givenNames"} etc. */
    public static void check(Validation v, GateRequests.Entrant p, String prefix) {
        if (p == null) {
            v.reject(prefix + "givenNames", "required").reject(prefix + "firstSurname", "required");
            return;
        }
        v.rejectIf(p.kind() == null || !KINDS.contains(p.kind()), prefix + "kind", "gate.kind");
        name(v, prefix + "givenNames", p.givenNames(), true);
        name(v, prefix + "firstSurname", p.firstSurname(), true);
        name(v, prefix + "secondSurname", p.secondSurname(), false);
        v.rejectIf(p.documentType() == null || !DOCUMENTS.contains(p.documentType()), prefix + "documentType",
                "gate.documentType");
        text(v, prefix + "documentNumber", p.documentNumber(), true);
        v.rejectIf(p.documentNumber() != null && !p.documentNumber().isBlank()
                && !p.documentNumber().trim().matches("[\\p{L}\\p{N} ./-]{2,40}"), prefix + "documentNumber",
                "gate.documentNumber");
        v.rejectIf(p.documentCountry() == null || !COUNTRIES.contains(p.documentCountry().trim().toUpperCase(Locale.ROOT)),
                prefix + "documentCountry", "gate.country");
        boolean needsOrg = p.kind() != null && NEEDS_ORGANISATION.contains(p.kind());
        text(v, prefix + "organisation", p.organisation(), needsOrg);
    }

    /** A name part: letters with spaces, hyphens, apostrophes; no part may be a lone initial. */
    static void name(Validation v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            v.rejectIf(required, field, "gate.name.required");
            return;
        }
        String s = value.trim();
        if (s.length() > 120 || !s.matches("[\\p{L}\\p{M}' .-]+")) {
            v.reject(field, "gate.name.invalid");
            return;
        }
        for (String part : s.split("[\\s-]+")) {
            String letters = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "");
            if (letters.length() < 2 && !part.matches("(?i)(y|e)")) {
                v.reject(field, "gate.name.initials");
                return;
            }
        }
    }

    /** The authorizing official is named in full too: at least two words, no initials. */
    public static void official(Validation v, String field, String value) {
        name(v, field, value, true);
        if (!v.hasProblem(field) && value.trim().split("\\s+").length < 2) {
            v.reject(field, "gate.name.fullName");
        }
    }

    public static void text(Validation v, String field, String value, boolean required) {
        v.rejectIf(required && (value == null || value.isBlank()), field, "required");
        org.custos.shared.web.Bounds.text(v, field, value, MAX);
    }

    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static String fullName(GateRequests.Entrant p) {
        return p.givenNames().trim() + " " + p.firstSurname().trim()
                + (trim(p.secondSurname()) == null ? "" : " " + p.secondSurname().trim());
    }
}
