package org.custos.agreements.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.custos.agreements.intake.Manifest;

/**
 * The demo's flight manifest under the US–El Salvador notes: the flight of 16 March 2025 to CECOT, with people
 * convicted in the United States (admitted, held for the US), deportees with a removal order (admitted in
 * immigration detention, never as convicted), a deportee without any document, a woman (the notes accept men only)
 * and a row repeated — so the demo's intake page shows every kind of decision. Names and numbers are invented.
 */
final class DemoIntake {

    static final OffsetDateTime ARRIVED = OffsetDateTime.of(2025, 3, 16, 4, 30, 0, 0, ZoneOffset.UTC);
    private static final String SHA = "3f7c9a1e5b2d8f4a6c0e9b7d5a3f1c8e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a";

    private DemoIntake() {
    }

    static Manifest manifest(String code) {
        List<Manifest.Person> p = new ArrayList<>();
        p.add(convicted("Michael", "Carter", "US", "712004518", "1:23-cr-00417", "120 meses", LocalDate.of(2034, 5, 1)));
        p.add(convicted("Daniel", "Reyes", "US", "712004519", "4:22-cr-00981", "96 meses", LocalDate.of(2031, 9, 30)));
        p.add(convicted("Robert", "Hayes", "US", "712004520", "2:24-cr-00112", "60 meses", LocalDate.of(2029, 1, 15)));
        p.add(convicted("José", "Martínez", "SV", "A12345671", "3:21-cr-00310", "144 meses", LocalDate.of(2033, 11, 2)));
        p.add(convicted("Carlos", "Mejía", "HN", "E12345672", "5:23-cr-00256", "84 meses", LocalDate.of(2030, 7, 19)));
        p.add(convicted("Kevin", "Brooks", "US", "712004521", "1:22-cr-00733", "180 meses", LocalDate.of(2037, 2, 28)));
        p.add(deportee("Andrés", "Pérez", "VE", "158204731", true));
        p.add(deportee("Luis", "Rodríguez", "VE", "158204732", true));
        p.add(deportee("Jorge", "Silva", "VE", "158204733", false));
        Manifest.Person woman = convicted("Laura", "Bennett", "US", "712004522", "6:23-cr-00045", "72 meses",
                LocalDate.of(2030, 3, 1));
        p.add(new Manifest.Person(null, woman.givenNames(), woman.firstSurname(), null, "FEMALE", woman.dateOfBirth(),
                "US", "PASSPORT", woman.documentNumber(), "US", woman.status(), woman.judgment(), List.of(), false,
                woman.sentenceEnd(), false, false, false, false, null, "Ninguna", "Ninguna", "Familia Bennett",
                "+1 202 555 0147"));
        p.add(p.get(1));
        return new Manifest(code, "GXA-0316", "CECOT", ARRIVED, "Aeropuerto Internacional de El Salvador", p);
    }

    private static Manifest.Person convicted(String given, String surname, String nationality, String passport,
                                             String caseNumber, String sentence, LocalDate ends) {
        return new Manifest.Person(null, given, surname, null, "MALE", LocalDate.of(1987, 2, 11), nationality,
                "PASSPORT", passport, nationality, "FINALLY_CONVICTED",
                new Manifest.Judgment("United States District Court", caseNumber, sentence, LocalDate.of(2024, 10, 3), SHA),
                List.of(), false, ends, false, false, false, false, null, "Ninguna", "Ninguna", "Familia " + surname,
                "+1 202 555 0100");
    }

    private static Manifest.Person deportee(String given, String surname, String nationality, String passport,
                                            boolean ordered) {
        Manifest.Judgment order = ordered ? new Manifest.Judgment("United States Immigration Court", "A-" + passport,
                null, LocalDate.of(2025, 2, 20), SHA) : null;
        return new Manifest.Person(null, given, surname, null, "MALE", LocalDate.of(1994, 8, 23), nationality,
                "PASSPORT", passport, nationality, "DEPORTEE", order, List.of(), false, null, false, false, false,
                false, null, "Ninguna", "Ninguna", "Familia " + surname, "+58 212 555 0100");
    }
}
