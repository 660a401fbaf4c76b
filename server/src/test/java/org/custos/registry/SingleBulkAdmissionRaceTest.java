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
 * A single admission and a bulk admission sent at once, both naming one DUI (the bulk on its last line): exactly one
 * admits it. A losing single answers 422 with {@code registry.document.taken} on the document field (never the bare
 * 409 {@code conflict.duplicate} of a lost unique-index race); a losing bulk answers 200 with that line refused and
 * every other line admitted. Both paths take the same per-document locks before they check.
 */
@CustosTest
class SingleBulkAdmissionRaceTest {

    static final int LINES = 40;
    static final int ROUNDS = 12;
    static final String FIELD = "person.documents[0].number";

    @LocalServerPort
    int port;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoserOfASingleAgainstABulkAdmissionGetsTheDocumentFieldProblem() throws Exception {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String facility = RegistryFixtures.facility(facilities);
        for (int round = 0; round < ROUNDS; round++) {
            String shared = RegistryFixtures.dui();
            String tag = "Duel" + TestData.unique();
            String bulk = Api.json(bulk(facility, tag, shared));
            String single = Api.json(RegistryFixtures.admission(facility, holder("Eva", tag, shared)));
            CyclicBarrier start = new CyclicBarrier(2);
            // The single starts a little later each round, so across rounds it meets the bulk before its check,
            // between its check and its insert, and between its insert and its commit.
            long delay = round % 4 * 8L;
            CompletableFuture<Api.Response> bulkCall = CompletableFuture.supplyAsync(() -> {
                await(start);
                return clerk.send("POST", "/api/v1/admissions/bulk", "application/json",
                        bulk.getBytes(StandardCharsets.UTF_8));
            });
            CompletableFuture<Api.Response> singleCall = CompletableFuture.supplyAsync(() -> {
                await(start);
                sleep(delay);
                return clerk.post("/api/v1/admissions", single);
            });
            Api.Response b = bulkCall.join();
            Api.Response s = singleCall.join();
            String context = "round " + round + ": single " + s.status() + " " + s.body();
            assertThat(b.status()).as(context + " / bulk " + b.body()).isEqualTo(200);
            JsonNode outcomes = b.json();
            assertThat(outcomes.size()).isEqualTo(LINES);
            for (int i = 0; i < LINES - 1; i++) {
                assertThat(outcomes.get(i).path("problems").size()).as(outcomes.get(i).toString()).isZero();
            }
            boolean bulkWon = outcomes.get(LINES - 1).path("problems").isEmpty();
            if (bulkWon) {
                assertThat(s.status()).as(context).isEqualTo(422);
                assertThat(s.json().get("code").asString()).as(context).isEqualTo("registry.validation");
                JsonNode error = s.json().get("errors").get(0);
                assertThat(error.get("field").asString()).as(context).isEqualTo(FIELD);
                assertThat(error.get("code").asString()).as(context).isEqualTo("registry.document.taken");
            } else {
                assertThat(s.status()).as(context).isEqualTo(201);
                JsonNode problem = outcomes.get(LINES - 1).get("problems").get(0);
                assertThat(problem.get("field").asString()).isEqualTo(FIELD);
                assertThat(problem.get("code").asString()).isEqualTo("registry.document.taken");
            }
            assertThat(jdbc.sql("select count(*) from identity_document where number = :n").param("n", shared)
                    .query(Long.class).single()).as(context).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from person where first_surname = :t").param("t", tag)
                    .query(Long.class).single()).as(context).isEqualTo((long) LINES);
        }
    }

    private static List<AdmissionRequest> bulk(String facility, String tag, String shared) {
        List<AdmissionRequest> out = new ArrayList<>();
        for (int i = 0; i < LINES - 1; i++) {
            out.add(RegistryFixtures.admission(facility, RegistryFixtures.person("Ana", tag, "Ruiz", "SV")));
        }
        out.add(RegistryFixtures.admission(facility, holder("Luis", tag, shared)));
        return out;
    }

    private static PersonDetails holder(String given, String tag, String dui) {
        PersonDetails p = RegistryFixtures.person(given, tag, "Paz", "SV");
        return new PersonDetails(p.givenNames(), p.firstSurname(), p.secondSurname(), p.aliases(), p.sex(),
                p.dateOfBirth(), p.nationality(), List.of(new IdentityDocument(DocumentType.DUI, dui, "SV", null)));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
