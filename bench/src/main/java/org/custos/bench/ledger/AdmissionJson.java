package org.custos.bench.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/** Valid admission requests (JSON), each a new person with a unique DUI; one is one custody event. */
final class AdmissionJson {

    private static final String[] GIVEN = {"José Antonio", "María", "Ana Lucía", "Carlos", "Juan", "Rosa"};
    private static final String[] SURNAMES = {"García", "Hernández", "Martínez", "López", "Peña", "Núñez", "Ávalos"};
    private final AtomicLong next;
    private final String facility;

    AdmissionJson(String facility, long seed) {
        this.facility = facility;
        this.next = new AtomicLong(seed % 90_000_000L);
    }

    String one() {
        long n = next.incrementAndGet();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"person":{"givenNames":"%s","firstSurname":"%s","secondSurname":"%s","aliases":[],"sex":"MALE",
                "dateOfBirth":"1990-05-17","nationality":"SV","documents":[{"type":"DUI","number":"%s","issuingCountry":"SV"}]},
                "facilityCode":"%s","admittedAt":"%s",
                "commitmentOrder":{"issuingAuthority":"Juzgado Especializado de Instrucción","court":"Juzgado 2.º",
                "caseNumber":"REF-B%d","legalBasis":"Código Procesal Penal, art. 329","issuedOn":"%s","documentSha256":"%s"},
                "legalStatus":{"kind":"UNTRIED"},"arrestedAt":"%s","arrestPlace":"Soyapango","visibleInjuries":"Ninguna",
                "illTreatmentComplaints":"Ninguna","property":[{"description":"Reloj","quantity":1}],
                "family":[],"emergencyContact":{"name":"María Pérez","relationship":"madre","phone":"+503 7000-0000"}}"""
                .formatted(GIVEN[(int) (n % GIVEN.length)], SURNAMES[(int) (n % 7)], SURNAMES[(int) (n / 7 % 7)],
                        dui(n), facility, now.minusDays(2), n, LocalDate.now(ZoneOffset.UTC).minusDays(3),
                        "a".repeat(64), now.minusDays(3));
    }

    String array(int count) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        for (int i = 0; i < count; i++) {
            out.add(one());
        }
        return out.toString();
    }

    private static String dui(long n) {
        String digits = String.format("%08d", n % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        return digits + "-" + (10 - sum % 10) % 10;
    }
}
