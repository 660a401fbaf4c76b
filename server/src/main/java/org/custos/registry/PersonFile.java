package org.custos.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything the registry holds about a person, as one read (which is logged). Lists are oldest
 * first. {@code identity} holds the current values (after corrections); {@code corrections} is the
 * history of how they got there.
 */
public record PersonFile(UUID personId, String bookingNumber, PersonDetails identity, LegalStatusKind legalStatus,
                         String heldForState, String facilityCode, boolean held, List<AdmissionRecord> admissions,
                         List<LegalStatusEntry> legalStatusHistory, List<ReleaseRecord> releases,
                         List<CorrectionEntry> corrections) {

    public PersonFile {
        admissions = List.copyOf(admissions);
        legalStatusHistory = List.copyOf(legalStatusHistory);
        releases = List.copyOf(releases);
        corrections = List.copyOf(corrections);
    }

    /** An admission with its commitment order and the Mandela Rule 7 record made at admission. */
    public record AdmissionRecord(UUID admissionId, String facilityCode, OffsetDateTime admittedAt,
                                  CommitmentOrder commitmentOrder, OffsetDateTime arrestedAt, String arrestPlace,
                                  String visibleInjuries, String illTreatmentComplaints,
                                  List<AdmissionRequest.PropertyItem> property,
                                  List<AdmissionRequest.FamilyMember> family,
                                  AdmissionRequest.EmergencyContact emergencyContact,
                                  OffsetDateTime recordedAt, String recordedBy) {
    }

    /** One entry of the legal status history; never rewritten, a change adds an entry. */
    public record LegalStatusEntry(UUID id, UUID admissionId, LegalStatusKind kind, String decreeNumber,
                                   String heldForState, OffsetDateTime effectiveAt, String basis,
                                   String documentSha256, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** A release: the admission it ends, and its legal basis, authority, time and destination. */
    public record ReleaseRecord(UUID id, UUID admissionId, String legalBasis, String authority,
                                OffsetDateTime releasedAt, String destination, OffsetDateTime recordedAt,
                                String recordedBy) {
    }

    /** A correction of one field of the identity: old and new value, reason and author. */
    public record CorrectionEntry(UUID id, String field, String oldValue, String newValue, String reason,
                                  OffsetDateTime correctedAt, String correctedBy) {
    }

    /** Age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(identity.dateOfBirth(), day).getYears();
    }
}
