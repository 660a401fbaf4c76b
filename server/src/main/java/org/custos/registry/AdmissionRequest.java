package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything an admission records (Mandela Rule 7(a)–(g)). Either {@code person} (a new person) or
 * {@code existingPersonId} (a person already in the registry, not currently held) is given.
 */
public record AdmissionRequest(
        UUID existingPersonId,
        PersonDetails person,
        String facilityCode,
        OffsetDateTime admittedAt,
        CommitmentOrder commitmentOrder,
        InitialLegalStatus legalStatus,
        OffsetDateTime arrestedAt,
        String arrestPlace,
        String visibleInjuries,
        String illTreatmentComplaints,
        List<PropertyItem> property,
        List<FamilyMember> family,
        EmergencyContact emergencyContact) {

    public AdmissionRequest {
        property = property == null ? List.of() : List.copyOf(property);
        family = family == null ? List.of() : List.copyOf(family);
    }

    /** The legal status at admission. */
    public record InitialLegalStatus(LegalStatusKind kind, String decreeNumber, String heldForState) {
    }

    /** One item of the property inventory. */
    public record PropertyItem(String description, int quantity) {
    }

    /** A family member; for a child, the age and who cares for the child now. */
    public record FamilyMember(String name, String relationship, Integer age, String carer) {
    }

    /** Who to tell in an emergency. */
    public record EmergencyContact(String name, String relationship, String phone) {
    }
}
