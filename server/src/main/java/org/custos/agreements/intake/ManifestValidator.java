package org.custos.agreements.intake;

import java.time.LocalDate;
import java.util.List;
import org.custos.agreements.rules.Eligibility;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Validation;

/**
 * The shape of a manifest, checked whole before anything is decided: every field at fault is named by its path
 * ({@code persons[3].judgment.documentSha256}); a manifest with any is refused and nothing is written. Whether a
 * person may be held is not checked here (that is a decision, {@link IntakeService}).
 */
final class ManifestValidator {

    static final int MAX_PERSONS = 2000;
    static final String REQUIRED = "agreements.TEXT_REQUIRED";
    static final String DATE_REQUIRED = "agreements.DATE_REQUIRED";
    private static final List<String> SEXES = List.of("MALE", "FEMALE");
    static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "US_A_NUMBER");

    private ManifestValidator() {
    }

    /** The manifest's own fields and every person's; {@code code}: the agreement's code, already resolved. */
    static void check(Validation v, Manifest m, String code, Bounds bounds) {
        text(v, "flight", m.flight(), Bounds.NAME);
        text(v, "arrivalPlace", m.arrivalPlace(), Bounds.NAME);
        if (m.arrivedAt() == null) {
            v.reject("arrivedAt", DATE_REQUIRED);
        } else {
            bounds.instant(v, "arrivedAt", m.arrivedAt(), Bounds.Kind.PAST_FACT);
        }
        LocalDate arrivedOn = m.arrivedAt() == null ? null : bounds.dayOf(m.arrivedAt());
        if (m.persons().isEmpty()) {
            v.reject("persons", "agreements.intake.PERSONS_REQUIRED");
            return;
        }
        if (!Bounds.list(v, "persons", m.persons(), MAX_PERSONS)) return;
        for (int i = 0; i < m.persons().size(); i++) {
            person(v, "persons[" + i + "].", m.persons().get(i), code, arrivedOn, bounds);
        }
    }

    private static void person(Validation v, String at, Manifest.Person p, String code, LocalDate arrivedOn, Bounds bounds) {
        if (p == null) {
            v.reject(at.substring(0, at.length() - 1), REQUIRED);
            return;
        }
        v.rejectIf(p.agreement() != null && !p.agreement().isBlank() && !p.agreement().trim().equalsIgnoreCase(code),
                at + "agreement", "agreements.intake.AGREEMENT_UNKNOWN");
        text(v, at + "givenNames", p.givenNames(), Bounds.NAME);
        text(v, at + "firstSurname", p.firstSurname(), Bounds.NAME);
        Bounds.text(v, at + "secondSurname", p.secondSurname(), Bounds.NAME);
        v.rejectIf(!SEXES.contains(p.sex()), at + "sex", "agreements.SEX_INVALID");
        date(v, at + "dateOfBirth", p.dateOfBirth(), true, Bounds.Kind.PAST_FACT, bounds);
        country(v, at + "nationality", p.nationality());
        v.rejectIf(!DOCUMENT_TYPES.contains(p.documentType()), at + "documentType", "agreements.intake.DOCUMENT_TYPE_INVALID");
        text(v, at + "documentNumber", p.documentNumber(), Bounds.CODE);
        if ("PASSPORT".equals(p.documentType())) country(v, at + "documentCountry", p.documentCountry());
        v.rejectIf(!Eligibility.STATUSES.contains(p.status()), at + "status", "agreements.STATUS_INVALID");
        if (!p.deportee() || p.judgment() != null) judgment(v, at, p, arrivedOn, bounds);
        date(v, at + "sentenceEnd", p.sentenceEnd(), false, Bounds.Kind.FAR_FUTURE, bounds);
        date(v, at + "toldOn", p.toldOn(), false, Bounds.Kind.PAST_FACT, bounds);
        Bounds.list(v, at + "offences", p.offences(), 50);
        for (int j = 0; j < p.offences().size() && j < 50; j++) {
            text(v, at + "offences[" + j + "]", p.offences().get(j), Bounds.CODE);
        }
        text(v, at + "visibleInjuries", p.visibleInjuries(), Bounds.TEXT);
        text(v, at + "illTreatmentComplaints", p.illTreatmentComplaints(), Bounds.TEXT);
        text(v, at + "emergencyContactName", p.emergencyContactName(), Bounds.NAME);
        text(v, at + "emergencyContactPhone", p.emergencyContactPhone(), 30);
    }

    /** The foreign judgment: every field, its document, a date after birth and not after the arrival. */
    private static void judgment(Validation v, String person, Manifest.Person p, LocalDate arrivedOn, Bounds bounds) {
        String at = person + "judgment";
        Manifest.Judgment j = p.judgment();
        if (j == null) {
            v.reject(at, "agreements.intake.JUDGMENT_REQUIRED");
            return;
        }
        text(v, at + ".court", j.court(), Bounds.NAME);
        text(v, at + ".caseNumber", j.caseNumber(), Bounds.CODE);
        if (!p.deportee()) text(v, at + ".sentence", j.sentence(), Bounds.NAME);
        if (date(v, at + ".date", j.date(), true, Bounds.Kind.PAST_FACT, bounds) && j.date() != null) {
            v.rejectIf(p.dateOfBirth() != null && j.date().isBefore(p.dateOfBirth()), at + ".date",
                    "agreements.intake.JUDGMENT_BEFORE_BIRTH");
            v.rejectIf(arrivedOn != null && j.date().isAfter(arrivedOn), at + ".date", "agreements.intake.JUDGMENT_AFTER_ARRIVAL");
            v.rejectIf(p.sentenceEnd() != null && p.sentenceEnd().isBefore(j.date()), person + "sentenceEnd",
                    "agreements.intake.SENTENCE_END_BEFORE_JUDGMENT");
        }
        if (j.documentSha256() == null || j.documentSha256().isBlank()) {
            v.reject(at + ".documentSha256", "agreements.intake.JUDGMENT_DOCUMENT_REQUIRED");
        } else {
            v.rejectIf(!j.documentSha256().trim().matches("[0-9a-fA-F]{64}"), at + ".documentSha256",
                    "agreements.intake.SHA256_INVALID");
        }
    }

    private static boolean date(Validation v, String field, LocalDate value, boolean required, Bounds.Kind kind,
                                Bounds bounds) {
        if (value == null) {
            v.rejectIf(required, field, DATE_REQUIRED);
            return !required;
        }
        return bounds.date(v, field, value, kind);
    }

    private static void country(Validation v, String field, String value) {
        v.rejectIf(value == null || !value.matches("[A-Z]{2}"), field, "agreements.intake.COUNTRY_INVALID");
    }

    static void text(Validation v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.reject(field, REQUIRED);
        } else {
            Bounds.text(v, field, value, max);
        }
    }
}
