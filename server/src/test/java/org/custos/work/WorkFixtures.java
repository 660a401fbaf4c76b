package org.custos.work;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;

/** A facility with a work manager, persons admitted through the registry's published API, programmes through the API. */
public final class WorkFixtures {

    public final String facility;
    public final Api manager;
    public final String managerName;
    private final Admissions admissions;

    public WorkFixtures(int port, TestUsers users, FacilityDirectory facilities, Admissions admissions) {
        this.facility = RegistryFixtures.facility(facilities);
        this.admissions = admissions;
        this.managerName = users.with(Role.WORK_MANAGER, Set.of(facility), null);
        this.manager = Api.as(port, managerName);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/El_Salvador"));
    }

    public Admitted admit(LegalStatusKind status) {
        AdmissionRequest r = RegistryFixtures.admission(facility,
                RegistryFixtures.person("Juan Carlos", "Martínez", "Núñez", "SV"),
                new AdmissionRequest.InitialLegalStatus(status, null, null));
        return admissions.admit(r, "test");
    }

    public Map<String, Object> programme(String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", "TX-" + TestData.unique());
        m.put("name", "Taller textil, turno A");
        m.put("kind", kind);
        m.put("facilityCode", facility);
        m.put("capacity", 600);
        m.put("sessionKind", "FULL_DAY");
        m.put("sessionHours", 8);
        m.put("restDay", 7);
        m.put("paid", true);
        m.put("payRate", 3.5);
        m.put("redencionRule", "WORK");
        m.put("maxSecurity", "MEDIUM");
        return m;
    }

    public UUID createProgramme(Map<String, Object> body) {
        Api.Response r = manager.post("/api/v1/work/programmes", Api.json(body));
        if (r.status() != 201) throw new AssertionError(r.body());
        return UUID.fromString(r.json().get("id").asString());
    }

    public void fit(UUID person, boolean consent) {
        Api.Response r = manager.post("/api/v1/work/persons/" + person + "/profile", Api.json(Map.of("medicalFit", true,
                "consent", consent, "securityLevel", "MEDIUM", "regimePhase", "ORDINARY")));
        if (r.status() != 201) throw new AssertionError(r.body());
    }

    public UUID allocate(UUID person, UUID programme) {
        Api.Response r = manager.post("/api/v1/work/allocations", Api.json(Map.of("personId", person, "programmeId", programme)));
        if (r.status() != 201) throw new AssertionError(r.body());
        return UUID.fromString(r.json().get("id").asString());
    }
}
