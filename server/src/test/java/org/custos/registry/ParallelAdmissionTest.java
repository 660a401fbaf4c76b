package org.custos.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** Twenty admissions of one DUI at once: one is admitted, every other answers the same problem as a late retry. */
@CustosTest
@Tag("database")
class ParallelAdmissionTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;

    @Test
    void parallelAdmissionsOfOneDocumentAllAnswerTheSameProblem() throws Exception {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String facility = RegistryFixtures.facility(facilities);
        PersonDetails person = RegistryFixtures.person("Mario", "Ríos", "Luna", "SV");
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = Api.json(RegistryFixtures.admission(facility, person));
            calls.add(() -> clerk.post("/api/v1/admissions", body));
        }
        List<Api.Response> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
        }
        Api.Response late = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility, person)));
        assertThat(late.status()).as(late.body()).isEqualTo(422);
        Set<String> refusals = new HashSet<>();
        int admitted = 0;
        for (Api.Response r : answers) {
            if (r.status() == 201) {
                admitted++;
            } else {
                refusals.add(r.status() + " " + r.json().get("code").asString() + " " + r.json().get("errors"));
            }
        }
        assertThat(admitted).isEqualTo(1);
        assertThat(refusals).containsExactly(late.status() + " " + late.json().get("code").asString() + " "
                + late.json().get("errors"));
    }
}
