package org.custos.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role × endpoint: who may call each registry endpoint, and what a scoped caller sees. Outside a
 * caller's scope a person does not exist (404), so that existence is not revealed.
 */
@CustosTest
@Tag("database")
class RegistryAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;

    record Case(String who, String method, String path, String body, int expected) {
    }

    @Test
    void eachRoleGetsWhatTheTableSays() {
        String a = RegistryFixtures.facility(facilities);
        String b = RegistryFixtures.facility(facilities);
        Map<String, Api> as = new HashMap<>();
        as.put("clerk", Api.as(port, users.with(Role.RECORDS_CLERK)));
        as.put("clerkB", Api.as(port, users.with(Role.RECORDS_CLERK, Set.of(b), null)));
        as.put("wardenA", Api.as(port, users.with(Role.WARDEN, Set.of(a), null)));
        as.put("wardenB", Api.as(port, users.with(Role.WARDEN, Set.of(b), null)));
        as.put("officer", Api.as(port, users.with(Role.CUSTODY_OFFICER)));
        as.put("sentences", Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR)));
        as.put("sentencesB", Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR, Set.of(b), null)));
        as.put("monitor", Api.as(port, users.with(Role.MONITOR)));
        as.put("admin", Api.as(port, users.with(Role.ADMINISTRATOR)));
        as.put("liaisonUS", Api.as(port, users.with(Role.LIAISON, Set.of(), "US")));
        as.put("anonymous", Api.anonymous(port));

        Api clerk = as.get("clerk");
        String sv = admit(clerk, RegistryFixtures.admission(a));
        PersonDetails american = new PersonDetails("John", "Smith", null, List.of(), Sex.MALE, LocalDate.of(1980, 1, 1),
                "US", List.of(new IdentityDocument(DocumentType.US_A_NUMBER, "A" + (100_000_000 + (long) (Math.random() * 899_999_999L)), null, null)));
        String us = admit(clerk, RegistryFixtures.admission(a, american));
        String heldForUs = admit(clerk, RegistryFixtures.admission(a, RegistryFixtures.person("Carlos", "Reyes", null, "VE"),
                new AdmissionRequest.InitialLegalStatus(LegalStatusKind.HELD_FOR_ANOTHER_STATE, null, "US")));
        String toRelease = admit(clerk, RegistryFixtures.admission(a));

        String admission = Api.json(RegistryFixtures.admission(a));
        String status = Api.json(Map.of("kind", "CONVICTED", "effectiveAt", RegistryFixtures.daysAgo(1).toString(),
                "basis", "Sentencia firme"));
        String release = Api.json(Map.of("legalBasis", "Sobreseimiento", "authority", "Juzgado",
                "releasedAt", RegistryFixtures.daysAgo(1).toString(), "destination", "Domicilio"));
        String correction = Api.json(Map.of("field", "givenNames", "newValue", "José Antonio " + sv.substring(0, 4),
                "reason", "Acta de nacimiento"));
        String p = "/api/v1/persons/";
        List<Case> table = List.of(
                new Case("anonymous", "GET", "/api/v1/persons", null, 401),
                new Case("clerk", "GET", "/api/v1/persons?q=garcia", null, 200),
                new Case("officer", "GET", "/api/v1/persons", null, 200),
                new Case("liaisonUS", "GET", "/api/v1/persons", null, 200),
                new Case("admin", "GET", "/api/v1/persons", null, 200),
                new Case("clerk", "GET", p + sv + "?purpose=x", null, 200),
                new Case("wardenA", "GET", p + sv + "?purpose=x", null, 200),
                new Case("wardenB", "GET", p + sv + "?purpose=x", null, 404),
                new Case("monitor", "GET", p + sv + "?purpose=x", null, 200),
                new Case("liaisonUS", "GET", p + sv + "?purpose=x", null, 404),
                new Case("liaisonUS", "GET", p + us + "?purpose=x", null, 200),
                new Case("liaisonUS", "GET", p + heldForUs + "?purpose=x", null, 200),
                new Case("clerk", "GET", p + "00000000-0000-0000-0000-000000000000?purpose=x", null, 404),
                new Case("clerk", "POST", "/api/v1/admissions", admission, 201),
                new Case("clerkB", "POST", "/api/v1/admissions", Api.json(RegistryFixtures.admission(a)), 422),
                new Case("admin", "POST", "/api/v1/admissions", admission, 403),
                new Case("monitor", "POST", "/api/v1/admissions", admission, 403),
                new Case("wardenA", "POST", "/api/v1/admissions", admission, 403),
                new Case("liaisonUS", "POST", "/api/v1/admissions/bulk", "[]", 403),
                new Case("monitor", "POST", p + sv + "/legal-status", status, 403),
                new Case("wardenA", "POST", p + sv + "/legal-status", status, 403),
                new Case("sentencesB", "POST", p + sv + "/legal-status", status, 404),
                new Case("sentences", "POST", p + sv + "/legal-status", status, 201),
                new Case("monitor", "POST", p + toRelease + "/release", release, 403),
                new Case("admin", "POST", p + toRelease + "/release", release, 403),
                new Case("clerkB", "POST", p + toRelease + "/release", release, 404),
                new Case("wardenA", "POST", p + toRelease + "/release", release, 201),
                new Case("monitor", "POST", p + sv + "/corrections", correction, 403),
                new Case("admin", "POST", p + sv + "/corrections", correction, 403),
                new Case("wardenA", "POST", p + sv + "/corrections", correction, 403),
                new Case("clerkB", "POST", p + sv + "/corrections", correction, 404),
                new Case("clerk", "POST", p + sv + "/corrections", correction, 201),
                new Case("clerk", "GET", p + sv + "/access-log", null, 403),
                new Case("liaisonUS", "GET", p + us + "/access-log", null, 403),
                new Case("wardenB", "GET", p + sv + "/access-log", null, 404),
                new Case("wardenA", "GET", p + sv + "/access-log", null, 200),
                new Case("monitor", "GET", p + sv + "/access-log", null, 200),
                new Case("admin", "GET", p + sv + "/access-log", null, 200),
                new Case("monitor", "POST", "/api/v1/commitment-orders/documents", null, 403));
        List<String> wrong = new ArrayList<>();
        for (Case c : table) {
            Api api = as.get(c.who());
            Api.Response r = c.method().equals("GET") ? api.get(c.path())
                    : api.send("POST", c.path(), c.body() == null ? "application/pdf" : "application/json",
                    c.body() == null ? "%PDF-1.4".getBytes() : c.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (r.status() != c.expected()) {
                wrong.add(c + " -> " + r.status() + " " + r.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void searchShowsOnlyWhatTheCallerMaySee() {
        String a = RegistryFixtures.facility(facilities);
        String b = RegistryFixtures.facility(facilities);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String surname = "Zelaya" + org.custos.support.TestData.unique();
        admit(clerk, RegistryFixtures.admission(a, RegistryFixtures.person("Ana", surname, null, "SV")));
        admit(clerk, RegistryFixtures.admission(b, RegistryFixtures.person("Ana", surname, null, "US")));
        assertThat(total(clerk, surname)).isEqualTo(2);
        assertThat(total(Api.as(port, users.with(Role.WARDEN, Set.of(a), null)), surname)).isEqualTo(1);
        assertThat(total(Api.as(port, users.with(Role.LIAISON, Set.of(), "US")), surname)).isEqualTo(1);
        assertThat(total(Api.as(port, users.with(Role.LIAISON, Set.of(), "GT")), surname)).isZero();
        assertThat(total(Api.as(port, users.with(Role.MONITOR)), surname)).isEqualTo(2);
    }

    private static long total(Api api, String q) {
        return api.get("/api/v1/persons?q=" + q).json().get("total").asLong();
    }

    private static String admit(Api clerk, AdmissionRequest request) {
        Api.Response r = clerk.post("/api/v1/admissions", Api.json(request));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("personId").asString();
    }
}
