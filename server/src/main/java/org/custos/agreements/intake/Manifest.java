package org.custos.agreements.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A flight manifest for one agreement ({@code agreement}: its code): the flight, the facility and time of arrival,
 * and each person with identity, legal status in the sending state and the foreign judgment (for a deportee, the
 * removal order if any). A row may repeat the agreement's code ({@code persons[i].agreement}, the CSV's column);
 * it must then be the manifest's.
 */
public record Manifest(String agreement, String flight, String facilityCode, OffsetDateTime arrivedAt,
                       String arrivalPlace, List<Person> persons) {

    public Manifest {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    /** The foreign judgment that is the commitment basis: court, case, sentence, date and the document's SHA-256. */
    public record Judgment(String court, String caseNumber, String sentence, LocalDate date, String documentSha256) {
    }

    /**
     * One person. {@code documentType} PASSPORT (with {@code documentCountry}) or US_A_NUMBER; {@code status} the
     * legal status in the sending state ({@code rules.Eligibility.STATUSES}); {@code sentenceEnd} under the sending
     * state's law; {@code offences} codes; {@code toldOn} when the person was told of the transfer.
     */
    public record Person(String agreement, String givenNames, String firstSurname, String secondSurname, String sex,
                         LocalDate dateOfBirth, String nationality, String documentType, String documentNumber,
                         String documentCountry, String status, Judgment judgment, List<String> offences,
                         Boolean lifeSentence, LocalDate sentenceEnd, Boolean escapeRisk,
                         Boolean seriousMentalDisorder, Boolean expulsionOrdered, Boolean consent, LocalDate toldOn,
                         String visibleInjuries, String illTreatmentComplaints, String emergencyContactName,
                         String emergencyContactPhone) {
        public Person {
            offences = offences == null ? List.of() : List.copyOf(offences);
        }

        boolean deportee() {
            return "DEPORTEE".equals(status);
        }

        boolean hasDocument() {
            return judgment != null && judgment.documentSha256() != null && !judgment.documentSha256().isBlank();
        }
    }
}
