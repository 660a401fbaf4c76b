package org.custos.registry.web;

import java.util.UUID;
import org.custos.identity.Callers;
import org.custos.registry.PersonFile;
import org.custos.registry.Registry;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;

/**
 * The released person an admission form re-admits, read (and logged) with the purpose "admission".
 * A person held now cannot be re-admitted: 409 {@code registry.already-held}.
 */
final class Readmission {

    private Readmission() {
    }

    /** The person's file, or null when the form admits a new person (or names no valid id: the mapper says so). */
    static PersonFile of(AdmissionForm form, Registry registry) {
        if (AdmissionMapper.blank(form.existingPersonId)) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(form.existingPersonId.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("registry.not-found");
        }
        PersonFile file = registry.file(id, Callers.current(), Purposes.ADMISSION);
        if (file.held()) {
            throw ProblemException.conflict("registry.already-held",
                    FieldProblem.of("existingPersonId", "registry.already-held"));
        }
        return file;
    }
}
