package org.custos.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bulk admissions sent at once (JSON; the CSV import shares the path) that both hold the same DUI on one line: one admits it, the
 * other answers 200 with that line refused — {@code registry.document.taken} on the line's document field — and
 * every other line of both admitted; the DUI belongs to one person; never a bare 409 for the whole request.
 */
@CustosTest
class BulkAdmissionRaceTest {

    static final int LINES = 60;
    static final int ROUNDS = 6;

    @LocalServerPort
    int port;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLosingBulkRequestNamesTheLineAndTheDocumentAndWritesNothingForIt() throws Exception {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String facility = RegistryFixtures.facility(facilities);
        for (int round = 0; round < ROUNDS; round++) {
            String shared = RegistryFixtures.dui();
            String tag = "Race" + TestData.unique();
            List<List<AdmissionRequest>> bodies = List.of(body(facility, tag, shared), body(facility, tag, shared));
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Api.Response>> calls = new ArrayList<>();
            for (List<AdmissionRequest> b : bodies) {
                String json = Api.json(b);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return clerk.send("POST", "/api/v1/admissions/bulk", "application/json",
                            json.getBytes(StandardCharsets.UTF_8));
                }));
            }
            int admittedShared = 0;
            for (CompletableFuture<Api.Response> call : calls) {
                Api.Response r = call.join();
                assertThat(r.status()).as("round " + round + ": " + r.body()).isEqualTo(200);
                JsonNode outcomes = r.json();
                assertThat(outcomes.size()).isEqualTo(LINES);
                for (int i = 0; i < LINES - 1; i++) {
                    assertThat(outcomes.get(i).path("problems").size()).as(outcomes.get(i).toString()).isZero();
                }
                JsonNode last = outcomes.get(LINES - 1);
                if (last.path("problems").isEmpty()) {
                    admittedShared++;
                } else {
                    assertThat(last.get("index").asInt()).isEqualTo(LINES - 1);
                    assertThat(last.get("problems").get(0).get("field").asString()).isEqualTo("person.documents[0].number");
                    assertThat(last.get("problems").get(0).get("code").asString()).isEqualTo("registry.document.taken");
                    assertThat(last.path("admitted").isMissingNode() || last.path("admitted").isNull()).isTrue();
                }
            }
            assertThat(admittedShared).as("round " + round).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from identity_document where number = :n").param("n", shared)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from person where first_surname = :t").param("t", tag)
                    .query(Long.class).single()).isEqualTo(2L * (LINES - 1) + 1);
        }
    }

    private static List<AdmissionRequest> body(String facility, String tag, String shared) {
        List<AdmissionRequest> out = new ArrayList<>();
        for (int i = 0; i < LINES - 1; i++) {
            out.add(RegistryFixtures.admission(facility, RegistryFixtures.person("Ana", tag, "Ruiz", "SV")));
        }
        PersonDetails p = RegistryFixtures.person("Luis", tag, "Paz", "SV");
        PersonDetails same = new PersonDetails(p.givenNames(), p.firstSurname(), p.secondSurname(), p.aliases(),
                p.sex(), p.dateOfBirth(), p.nationality(),
                List.of(new IdentityDocument(DocumentType.DUI, shared, "SV", null)));
        out.add(RegistryFixtures.admission(facility, same));
        return out;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
