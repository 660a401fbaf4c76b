package org.custos.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.AdmissionRequest.InitialLegalStatus;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;

/**
 * Generates the demo's admissions, deterministically from an index (same index, same person), with
 * the facility chosen by {@link DemoPlan} and the status, documents and order by {@link DemoCustody}.
 */
final class DemoPersons {

    private final OffsetDateTime now;
    private final DemoCustody custody;

    DemoPersons(OffsetDateTime now) {
        this.now = now;
        this.custody = new DemoCustody(now);
    }

    AdmissionRequest admission(int index, DemoFacility facility) {
        Random random = new Random(0x5EEDL * 31 + index);
        String nationality = facility.women() ? (random.nextInt(100) < 2 ? "HN" : "SV") : nationality(facility, random);
        Sex sex = facility.women() ? Sex.FEMALE : Sex.MALE;
        LegalStatusKind status = custody.status(facility, nationality, random);
        OffsetDateTime admitted = custody.admittedAt(status, random);
        LocalDate born = admitted.toLocalDate().minusYears(18 + random.nextInt(42)).minusDays(random.nextInt(365));
        PersonDetails person = new PersonDetails(givenNames(nationality, sex, random), surname(nationality, random),
                secondSurname(nationality, random), random.nextInt(10) == 0 ? List.of(alias(random)) : List.of(),
                sex, born, nationality, List.of(document(index, nationality, random)));
        OffsetDateTime arrested = admitted.minusHours(12 + random.nextInt(60));
        String heldFor = status == LegalStatusKind.HELD_FOR_ANOTHER_STATE ? "US" : null;
        String decree = status == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION ? "D.L. 333/2022 y prórrogas" : null;
        CommitmentOrder order = custody.order(status, index, admitted.toLocalDate(), facility, sha256("orden-" + index));
        return new AdmissionRequest(null, person, facility.code(), admitted, order,
                new InitialLegalStatus(status, decree, heldFor), arrested, custody.arrestPlace(random),
                random.nextInt(25) == 0 ? "Hematoma en el antebrazo izquierdo" : "Ninguna visible",
                random.nextInt(60) == 0 ? "Refiere golpes durante la captura" : "Ninguna",
                List.of(new AdmissionRequest.PropertyItem("Cinturón", 1),
                        new AdmissionRequest.PropertyItem("Billetera con documentos", 1)),
                family(random), new AdmissionRequest.EmergencyContact(
                        DemoNames.pick(DemoNames.FEMALE, random) + " " + surname("SV", random), "Madre",
                        "+503 7" + (100_0000 + random.nextInt(899_9999))));
    }

    private static String nationality(DemoFacility facility, Random random) {
        int p = random.nextInt(1000);
        if (facility.code().equals("CECOT") && p < 30) {
            return p < 12 ? "US" : "VE";
        }
        if (p < 10) {
            return "HN";
        }
        if (p < 18) {
            return "GT";
        }
        return p < 20 ? "NI" : "SV";
    }

    private static String givenNames(String nationality, Sex sex, Random random) {
        return switch (nationality) {
            case "US" -> DemoNames.pick(DemoNames.US_GIVEN, random);
            case "VE" -> DemoNames.pick(DemoNames.VE_GIVEN, random);
            default -> DemoNames.pick(sex == Sex.FEMALE ? DemoNames.FEMALE : DemoNames.MALE, random);
        };
    }

    private static String surname(String nationality, Random random) {
        return switch (nationality) {
            case "US" -> DemoNames.pick(DemoNames.US_SURNAMES, random);
            case "VE" -> DemoNames.pick(DemoNames.VE_SURNAMES, random);
            default -> DemoNames.pick(DemoNames.SURNAMES, random);
        };
    }

    private static String secondSurname(String nationality, Random random) {
        return nationality.equals("US") ? null : surname(nationality, random);
    }

    private static String alias(Random random) {
        return List.of("El Flaco", "El Chele", "Tito", "El Negro", "Chepe", "El Gato").get(random.nextInt(6));
    }

    private static IdentityDocument document(int index, String nationality, Random random) {
        if (nationality.equals("SV")) {
            return new IdentityDocument(DocumentType.DUI, DuiNumbers.generate(DuiNumbers.serialFor(index, random)),
                    "SV", null);
        }
        String number = nationality + String.format("%07d", index);
        return new IdentityDocument(DocumentType.PASSPORT, number, nationality, null);
    }

    private static List<AdmissionRequest.FamilyMember> family(Random random) {
        int children = random.nextInt(4);
        List<AdmissionRequest.FamilyMember> family = new java.util.ArrayList<>();
        for (int i = 0; i < children; i++) {
            family.add(new AdmissionRequest.FamilyMember(DemoNames.pick(DemoNames.MALE, random), "Hijo/a",
                    1 + random.nextInt(16), random.nextBoolean() ? "Madre" : "Abuela materna"));
        }
        return family;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
