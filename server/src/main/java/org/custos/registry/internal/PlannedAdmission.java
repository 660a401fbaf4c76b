package org.custos.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admitted;
import org.custos.registry.IdentityDocument;
import org.custos.registry.Sex;

/** A validated admission with its identifiers assigned, ready to be written. */
record PlannedAdmission(AdmissionRequest request, UUID personId, boolean newPerson, String bookingNumber,
                        UUID admissionId, UUID statusId, List<IdentityDocument> documents, Sex sex,
                        LocalDate dateOfBirth, String nationality) {

    Admitted admitted() {
        return new Admitted(personId, admissionId, bookingNumber);
    }

    String searchName() {
        var p = request.person();
        StringBuilder s = new StringBuilder().append(p.givenNames()).append(' ').append(p.firstSurname());
        if (p.secondSurname() != null) {
            s.append(' ').append(p.secondSurname());
        }
        p.aliases().forEach(a -> s.append(' ').append(a));
        return Names.normalize(s.toString());
    }

    String sortName() {
        var p = request.person();
        return sortName(p.firstSurname(), p.secondSurname(), p.givenNames());
    }

    static String sortName(String first, String second, String given) {
        return Names.normalize(first + " " + (second == null ? "" : second) + " " + given);
    }
}
