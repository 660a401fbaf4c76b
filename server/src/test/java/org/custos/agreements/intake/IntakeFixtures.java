package org.custos.agreements.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.custos.agreements.AgreementFixtures;
import org.custos.support.Api;
import org.custos.support.TestData;

/** Agreements in force today and manifests for them, with unique passports (tests share a database). */
public final class IntakeFixtures {

    private static final AtomicLong PASSPORT = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    public static final String SHA = "b".repeat(64);

    private IntakeFixtures() {
    }

    /** An agreement with the US in force since a month ago, for a year, with these places and accepted statuses. */
    public static Map<String, Object> agreement(String facility, int places, List<String> statuses) {
        Map<String, Object> body = AgreementFixtures.usNotes(facility);
        Map<String, Object> terms = AgreementFixtures.terms(body);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusMonths(1);
        terms.put("signedOn", start.minusDays(1).toString());
        terms.put("effectiveFrom", start.toString());
        terms.put("places", places);
        @SuppressWarnings("unchecked")
        Map<String, Object> rules = new LinkedHashMap<>((Map<String, Object>) terms.get("eligibility"));
        rules.put("acceptedStatuses", statuses);
        terms.put("eligibility", rules);
        return body;
    }

    public static String code(Map<String, Object> agreement) {
        return (String) agreement.get("code");
    }

    /** A manifest arriving an hour ago at {@code facility}. */
    public static Map<String, Object> manifest(String code, String facility, List<Map<String, Object>> persons) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agreement", code);
        m.put("flight", "GXA-" + TestData.unique());
        m.put("facilityCode", facility);
        m.put("arrivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("arrivalPlace", "Aeropuerto Internacional de El Salvador");
        m.put("persons", persons);
        return m;
    }

    public static String passport() {
        return "P" + PASSPORT.incrementAndGet();
    }

    /** A man convicted in the US, finally, with five years left. */
    public static Map<String, Object> convicted(String surname) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("givenNames", "John");
        p.put("firstSurname", surname);
        p.put("sex", "MALE");
        p.put("dateOfBirth", "1988-04-02");
        p.put("nationality", "US");
        p.put("documentType", "PASSPORT");
        p.put("documentNumber", passport());
        p.put("documentCountry", "US");
        p.put("status", "FINALLY_CONVICTED");
        p.put("judgment", new LinkedHashMap<>(Map.of("court", "U.S. District Court, S.D. Texas",
                "caseNumber", "4:22-cr-" + TestData.unique(), "sentence", "96 months",
                "date", LocalDate.now(ZoneOffset.UTC).minusYears(2).toString(), "documentSha256", SHA)));
        p.put("sentenceEnd", LocalDate.now(ZoneOffset.UTC).plusYears(5).toString());
        p.put("visibleInjuries", "Ninguna");
        p.put("illTreatmentComplaints", "Ninguna");
        p.put("emergencyContactName", "Mary " + surname);
        p.put("emergencyContactPhone", "+1 713 555 0100");
        return p;
    }

    /** A man deported by the US without a conviction, without any document. */
    public static Map<String, Object> deportee(String surname) {
        Map<String, Object> p = convicted(surname);
        p.put("nationality", "VE");
        p.put("documentCountry", "VE");
        p.put("status", "DEPORTEE");
        p.remove("judgment");
        p.remove("sentenceEnd");
        return p;
    }

    public static Api.Response submit(Api api, Map<String, Object> manifest) {
        return api.post("/api/v1/agreements/manifests", Api.json(manifest));
    }

    /**
     * Records for the ledger's tamper test: an agreement in force and a manifest of three (two admitted, a deportee
     * refused under a convicted-only agreement), so both intake tables hold rows.
     */
    public static void writeLedgerData(Api admin, String facility) {
        Map<String, Object> a = agreement(facility, 10, List.of("FINALLY_CONVICTED"));
        create(admin, a);
        Api.Response r = submit(admin, manifest(code(a), facility, List.of(convicted("Tamper" + TestData.unique()),
                convicted("Tamper" + TestData.unique()), deportee("Tamper" + TestData.unique()))));
        if (r.status() != 201) throw new AssertionError(r.body());
    }

    public static UUID create(Api api, Map<String, Object> agreement) {
        return AgreementFixtures.create(api, agreement);
    }
}
