package org.custos.registry.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custos.registry.IdentityDocument;
import org.custos.registry.PersonDetails;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Validation;

/** Checks a new person's identity (path {@code person.*}). */
final class PersonValidator {

    static final int MIN_AGE = 12;
    static final int MAX_AGE = 120;
    static final int MAX_ALIASES = 20;
    static final int MAX_DOCUMENTS = 10;

    private PersonValidator() {
    }

    /** The person's documents in normal form, in request order. */
    static List<IdentityDocument> normalizedDocuments(PersonDetails p) {
        List<IdentityDocument> out = new ArrayList<>();
        for (IdentityDocument d : p.documents()) {
            out.add(d == null ? new IdentityDocument(null, null, null, null) : Documents.normalize(d));
        }
        return out;
    }

    /**
     * @param admittedOn the admission day (for the age), or null if the admission time is itself invalid
     * @param taken       document keys already held by some person in the registry
     * @param seenInBatch document keys of the requests of the same batch accepted so far
     * @param mine        receives this person's document keys
     */
    static void validate(Validation v, PersonDetails p, LocalDate today, LocalDate admittedOn,
                         Set<Documents.Key> taken, Set<Documents.Key> seenInBatch, Set<Documents.Key> mine) {
        Fields.text(v, "person.givenNames", p.givenNames(), Fields.NAME_MAX);
        Fields.text(v, "person.firstSurname", p.firstSurname(), Fields.NAME_MAX);
        Fields.optionalText(v, "person.secondSurname", p.secondSurname(), Fields.NAME_MAX);
        int aliases = Bounds.list(v, "person.aliases", p.aliases(), MAX_ALIASES) ? p.aliases().size() : 0;
        for (int i = 0; i < aliases; i++) {
            Fields.text(v, "person.aliases[" + i + "]", p.aliases().get(i), Fields.NAME_MAX);
        }
        v.rejectIf(p.sex() == null, "person.sex", "required");
        dateOfBirth(v, "person.dateOfBirth", p.dateOfBirth(), today, admittedOn);
        Fields.country(v, "person.nationality", p.nationality(), true);
        if (!Bounds.list(v, "person.documents", p.documents(), MAX_DOCUMENTS)) {
            return;
        }
        List<IdentityDocument> docs = normalizedDocuments(p);
        for (int i = 0; i < docs.size(); i++) {
            String path = "person.documents[" + i + "]";
            IdentityDocument d = docs.get(i);
            Documents.validate(v, path, d);
            if (d.type() != null && !Fields.blank(d.number()) && !v.hasProblem(path + ".number")) {
                Documents.Key key = Documents.key(d);
                if (taken.contains(key)) {
                    v.reject(path + ".number", "registry.document.taken");
                } else if (seenInBatch.contains(key) || !mine.add(key)) {
                    v.reject(path + ".number", "registry.document.duplicate");
                }
            }
        }
    }

    /** Date of birth: required, not in the future, age 12..120 on the admission day. */
    static void dateOfBirth(Validation v, String path, LocalDate dob, LocalDate today, LocalDate admittedOn) {
        if (dob == null) {
            v.reject(path, "required");
        } else if (dob.isAfter(today)) {
            v.reject(path, "registry.date.future");
        } else {
            LocalDate on = admittedOn == null ? today : admittedOn;
            int age = Period.between(dob, on).getYears();
            v.rejectIf(dob.isAfter(on) || age < MIN_AGE || age > MAX_AGE, path, "registry.person.age",
                    MIN_AGE, MAX_AGE);
        }
    }
}
