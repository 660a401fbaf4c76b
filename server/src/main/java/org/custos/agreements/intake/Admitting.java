package org.custos.agreements.intake;

import java.time.OffsetDateTime;
import java.util.List;
import org.custos.agreements.internal.AgreementService;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;

/**
 * The registry admission of an accepted person: the foreign judgment as commitment order (issued by the sending
 * authority), held for the sending state; a deportee accepted where the agreement says so is held in immigration
 * detention on the removal order, never as convicted. The handover at arrival is the arrest of Mandela Rule 7.
 */
final class Admitting {

    private Admitting() {
    }

    static AdmissionRequest request(Manifest m, Manifest.Person p, AgreementService.Agreement a) {
        DocumentType type = DocumentType.valueOf(p.documentType());
        String country = type == DocumentType.US_A_NUMBER ? "US" : p.documentCountry();
        PersonDetails person = new PersonDetails(p.givenNames().trim(), p.firstSurname().trim(),
                p.secondSurname() == null || p.secondSurname().isBlank() ? null : p.secondSurname().trim(), List.of(),
                Sex.valueOf(p.sex()), p.dateOfBirth(), p.nationality(),
                List.of(new IdentityDocument(type, p.documentNumber().trim(), country, null)));
        Manifest.Judgment j = p.judgment();
        String state = a.sendingState();
        String basis = p.deportee()
                ? "Persona deportada por " + state + " sin condena, recibida bajo el convenio " + a.code()
                : "Sentencia extranjera (" + j.sentence().trim() + "), custodia para " + state + " bajo el convenio " + a.code();
        CommitmentOrder order = new CommitmentOrder(a.current().terms().sendingAuthority(), j.court().trim(),
                j.caseNumber().trim(), basis, j.date(), j.documentSha256().trim().toLowerCase());
        AdmissionRequest.InitialLegalStatus status = p.deportee()
                ? new AdmissionRequest.InitialLegalStatus(LegalStatusKind.IMMIGRATION_DETENTION, null, null)
                : new AdmissionRequest.InitialLegalStatus(LegalStatusKind.HELD_FOR_ANOTHER_STATE, null, state);
        OffsetDateTime at = m.arrivedAt();
        return new AdmissionRequest(null, person, m.facilityCode(), at, order, status, at, m.arrivalPlace().trim(),
                p.visibleInjuries().trim(), p.illTreatmentComplaints().trim(), List.of(), List.of(),
                new AdmissionRequest.EmergencyContact(p.emergencyContactName().trim(), null, p.emergencyContactPhone().trim()));
    }
}
