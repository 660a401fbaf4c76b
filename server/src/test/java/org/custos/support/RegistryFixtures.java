package org.custos.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.facilities.FacilityType;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.Dui;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;

/** Valid registry inputs with unique documents, for tests against a shared database. */
public final class RegistryFixtures {

    private static final AtomicLong DUI = new AtomicLong(ThreadLocalRandom.current().nextLong(90_000_000L));
    public static final String SHA = "a".repeat(64);

    private RegistryFixtures() {
    }

    /** Registers a new facility with a unique code and returns the code. */
    public static String facility(FacilityDirectory facilities) {
        String code = ("T" + TestData.unique()).toUpperCase();
        facilities.register(new Facility(code, "Centro " + code, FacilityType.PENITENTIARY, "San Salvador"), "test");
        return code;
    }

    /** A DUI never handed out before in this run, with a correct check digit. */
    public static String dui() {
        return Dui.of(DUI.incrementAndGet());
    }

    public static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    public static PersonDetails person(String given, String first, String second, String nationality) {
        return new PersonDetails(given, first, second, List.of(), Sex.MALE, LocalDate.of(1990, 5, 17), nationality,
                List.of(new IdentityDocument(DocumentType.DUI, dui(), "SV", null)));
    }

    public static AdmissionRequest admission(String facility) {
        return admission(facility, person("José Antonio", "García", "Pérez", "SV"));
    }

    public static AdmissionRequest admission(String facility, PersonDetails person) {
        return admission(facility, person, new AdmissionRequest.InitialLegalStatus(LegalStatusKind.UNTRIED, null, null));
    }

    public static AdmissionRequest admission(String facility, PersonDetails person,
                                             AdmissionRequest.InitialLegalStatus status) {
        return new AdmissionRequest(null, person, facility, daysAgo(2), order(), status, daysAgo(3),
                "Soyapango, San Salvador", "Ninguna", "Ninguna",
                List.of(new AdmissionRequest.PropertyItem("Reloj", 1)),
                List.of(new AdmissionRequest.FamilyMember("Ana García", "hija", 7, "María Pérez (abuela)")),
                new AdmissionRequest.EmergencyContact("María Pérez", "madre", "+503 7000-0000"));
    }

    public static AdmissionRequest readmission(java.util.UUID personId, String facility) {
        AdmissionRequest a = admission(facility);
        return new AdmissionRequest(personId, null, facility, daysAgo(0).minusHours(1), a.commitmentOrder(),
                a.legalStatus(), daysAgo(1), a.arrestPlace(), a.visibleInjuries(), a.illTreatmentComplaints(),
                a.property(), a.family(), a.emergencyContact());
    }

    public static CommitmentOrder order() {
        return new CommitmentOrder("Juzgado Especializado de Instrucción", "Juzgado 2.º de Instrucción de San Salvador",
                "REF-" + TestData.unique(), "Código Procesal Penal, art. 329", LocalDate.now(ZoneOffset.UTC).minusDays(3),
                SHA);
    }

    /** A random name part from a seeded source, with accents, ñ and apostrophes. */
    public static String name(Random r) {
        String[] parts = {"José", "María", "Muñoz", "O'Brien", "Ávalos", "Núñez", "Zoë", "Ángel", "Peña", "Ruiz",
                "Robert'); DROP TABLE person;--", "<script>alert(1)</script>", "D'Aubuisson", "Hernández"};
        return parts[r.nextInt(parts.length)] + (r.nextBoolean() ? "" : " " + parts[r.nextInt(parts.length)]);
    }
}
