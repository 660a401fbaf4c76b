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
    private static final Set<String> CONNECTORS = Set.of("y", "e");
    private static final Set<String> PARTICLES = Set.of("y", "e", "de", "del", "la", "las", "los", "dos", "das",
            "van", "von", "der");

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

    /**
     * A name: letters with spaces, hyphens and apostrophes, at least one real part (two letters or more, not a
     * particle), no initials. A part written with a dot ({@code J.}, {@code C.A.}, {@code Ma.}) is an abbreviation;
     * a part of one letter is an initial, except the connector {@code y}/{@code e} between two parts ("Ortega y
     * Gasset"); particles ({@code de}, {@code la}, {@code del}, {@code y} …) alone are not a name.
     */
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
        if (realParts(v, field, s) == 0 && !v.hasProblem(field)) {
            v.reject(field, "gate.name.connectors");
        }
    }

    /** Counts the words with a part that is not a particle (a hyphenated word is one); rejects initials. */
    private static int realParts(Validation v, String field, String name) {
        String[] words = name.split("\\s+");
        int real = 0;
        for (int i = 0; i < words.length; i++) {
            boolean realWord = false;
            for (String part : words[i].split("-+")) {
                String letters = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("[^\\p{L}]", "");
                String lower = part.toLowerCase(Locale.ROOT); // "É" is a letter, never the connector "e"
                boolean connector = CONNECTORS.contains(lower) && i > 0 && i < words.length - 1
                        && words[i].equals(part);
                if (part.contains(".") || letters.isEmpty() || (letters.length() == 1 && !connector)) {
                    v.reject(field, "gate.name.initials");
                    return 0;
                }
                realWord |= !PARTICLES.contains(lower);
            }
            real += realWord ? 1 : 0;
        }
        return real;
    }

    /**
     * The authorizing official is named in full too: at least two real parts (name and surname), no initials. A blank
     * one gets the official's own message, not the entrant's ("nombres y primer apellido" twice on one form).
     */
    public static void official(Validation v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.reject(field, "gate.name.fullName");
            return;
        }
        name(v, field, value, true);
        if (!v.hasProblem(field) && realParts(v, field, value.trim()) < 2) {
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
