package org.custos.sentencing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.RegistryFixtures;

/** Persons admitted through the registry's published API, and sentence request bodies. */
final class SentencingFixtures {

    private SentencingFixtures() {
    }

    static UUID convicted(Admissions admissions, FacilityDirectory facilities) {
        String facility = RegistryFixtures.facility(facilities);
        AdmissionRequest r = RegistryFixtures.admission(facility,
                RegistryFixtures.person("Juan Carlos", "Martínez", "Núñez", "SV"),
                new AdmissionRequest.InitialLegalStatus(LegalStatusKind.CONVICTED, null, null));
        return admissions.admit(r, "test").personId();
    }

    /** A convicted person arrested at {@code arrested}, admitted a day later. */
    static UUID convictedSince(Admissions admissions, FacilityDirectory facilities, java.time.OffsetDateTime arrested) {
        String facility = RegistryFixtures.facility(facilities);
        AdmissionRequest a = RegistryFixtures.admission(facility,
                RegistryFixtures.person("Juan Carlos", "Martínez", "Núñez", "SV"),
                new AdmissionRequest.InitialLegalStatus(LegalStatusKind.CONVICTED, null, null));
        org.custos.registry.CommitmentOrder o = a.commitmentOrder();
        var order = new org.custos.registry.CommitmentOrder(o.issuingAuthority(), o.court(), o.caseNumber(),
                o.legalBasis(), arrested.toLocalDate().plusDays(1), o.documentSha256());
        return admissions.admit(new AdmissionRequest(null, a.person(), facility, arrested.plusDays(1), order,
                a.legalStatus(), arrested, a.arrestPlace(), a.visibleInjuries(), a.illTreatmentComplaints(),
                a.property(), a.family(), a.emergencyContact()), "test").personId();
    }

    static UUID untried(Admissions admissions, FacilityDirectory facilities) {
        String facility = RegistryFixtures.facility(facilities);
        return admissions.admit(RegistryFixtures.admission(facility), "test").personId();
    }

    /** A sentence body; change entries with {@link Map#put}. */
    static Map<String, Object> sentence(int years, String start, String offence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdiction", "SV");
        m.put("offenceCode", "HURTO");
        m.put("offenceClassification", "LESSER");
        m.put("years", years);
        m.put("months", 0);
        m.put("days", 0);
        m.put("startDate", start);
        m.put("offenceDate", offence);
        return m;
    }

    static Map<String, Object> credit(String date, String status, String document) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "WORK");
        m.put("date", date);
        m.put("days", 1);
        m.put("status", status);
        if (document != null) m.put("document", document);
        return m;
    }
}
