package org.custos.bench.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid admission requests (JSON) for the load drivers, each a new person with a unique DUI taken
 * above the demo dataset's range (90,000,000 and up); one admission is one custody event.
 */
public final class AdmissionJson {

    private static final String[] GIVEN = {"José Antonio", "María", "Ana Lucía", "Carlos", "Juan", "Rosa"};
    private static final String[] SURNAMES = {"García", "Hernández", "Martínez", "López", "Peña", "Núñez", "Ávalos"};
    private final AtomicLong next;
    private final String facility;

    public AdmissionJson(String facility, long seed) {
        this.facility = facility;
        this.next = new AtomicLong(90_000_000L + Math.floorMod(seed, 9_000_000L));
    }

    public String one() {
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

    public String array(int count) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        for (int i = 0; i < count; i++) {
            out.add(one());
        }
        return out.toString();
    }

    /** A DUI number with a valid check digit (weights 9..2, check = (10 - sum mod 10) mod 10). */
    static String dui(long n) {
        String digits = String.format("%08d", n % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        return digits + "-" + (10 - sum % 10) % 10;
    }
}
