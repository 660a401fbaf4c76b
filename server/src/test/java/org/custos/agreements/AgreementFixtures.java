package org.custos.agreements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.support.Api;
import org.custos.support.TestData;

/** Agreement request bodies modelled on the precedents, and creation through the API. */
public final class AgreementFixtures {

    private AgreementFixtures() {
    }

    /** The US–El Salvador notes of 2025: about 300 places for a year, per person, USD; convicted and deportees. */
    public static Map<String, Object> usNotes(String facility) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("title", "Notas diplomáticas EE. UU.–El Salvador 2025");
        terms.put("sendingState", "US");
        terms.put("sendingAuthority", "U.S. Department of State");
        terms.put("receivingAuthority", "Dirección General de Centros Penales");
        terms.put("signedOn", "2025-03-14");
        terms.put("effectiveFrom", "2025-03-15");
        terms.put("durationMonths", 12);
        terms.put("extensionOptions", 1);
        terms.put("extensionMonths", 12);
        terms.put("facilities", List.of(facility));
        terms.put("places", 300);
        terms.put("fee", Map.of("model", "PER_PLACE_DAY", "amount", "43.47", "currency", "USD"));
        terms.put("billedSeparately", List.of("TRANSPORT", "MEDICAL"));
        terms.put("invoicingPeriod", "MONTHLY");
        terms.put("paymentDays", 30);
        terms.put("law", Map.of("releaseDateRules", "US", "jurisdiction", "United States courts for the sentence; El Salvador for new offences",
                "inspectors", List.of("PDDH", "ICRC"), "complaintRoute", "Procuraduría para la Defensa de los Derechos Humanos"));
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("version", "US-SV-2025.1");
        rules.put("acceptedStatuses", List.of("FINALLY_CONVICTED", "DEPORTEE"));
        rules.put("sexes", List.of("MALE"));
        rules.put("minAge", 18);
        rules.put("returnRule", "DEPORT_AT_END");
        terms.put("eligibility", rules);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "US-SV-" + TestData.unique());
        body.put("terms", terms);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> terms(Map<String, Object> body) {
        return (Map<String, Object>) body.get("terms");
    }

    public static UUID create(Api api, Map<String, Object> body) {
        Api.Response r = api.post("/api/v1/agreements", Api.json(body));
        if (r.status() != 201) throw new AssertionError(r.body());
        return UUID.fromString(r.json().get("id").asString());
    }
}
