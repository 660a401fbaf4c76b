package org.custos.registry;

import java.util.List;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A retry with the same Idempotency-Key admits once; a different body with the key is refused. */
@CustosTest
@Tag("database")
class IdempotencyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRetryReturnsTheStoredReplyAndADifferentBodyIsRefused() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String facility = RegistryFixtures.facility(facilities);
        AdmissionRequest request = RegistryFixtures.admission(facility);
        String key = UUID.randomUUID().toString();
        Api.Response first = clerk.post("/api/v1/admissions", Api.json(request), key);
        Api.Response retry = clerk.post("/api/v1/admissions", Api.json(request), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(admissionsFor(request)).isEqualTo(1);
        Api.Response other = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)), key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asString()).isEqualTo("idempotency.mismatch");
        Api.Response otherUser = Api.as(port, users.with(Role.RECORDS_CLERK))
                .post("/api/v1/admissions", Api.json(request), key);
        assertThat(otherUser.status()).as("the same document cannot be admitted twice").isEqualTo(422);
    }

    @Test
    void twoConcurrentRequestsWithOneKeyAdmitOnce() throws Exception {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        AdmissionRequest request = RegistryFixtures.admission(RegistryFixtures.facility(facilities));
        String key = UUID.randomUUID().toString();
        Callable<Api.Response> send = () -> clerk.post("/api/v1/admissions", Api.json(request), key);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Api.Response>> replies = pool.invokeAll(List.of(send, send, send, send));
            for (Future<Api.Response> r : replies) {
                assertThat(r.get().status()).as(r.get().body()).isEqualTo(201);
                assertThat(r.get().json().get("personId")).isEqualTo(replies.getFirst().get().json().get("personId"));
            }
        }
        assertThat(admissionsFor(request)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestLeavesTheKeyFree() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String facility = RegistryFixtures.facility(facilities);
        String key = UUID.randomUUID().toString();
        assertThat(clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission("NOPE")), key).status())
                .isEqualTo(422);
        assertThat(clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)), key).status())
                .isEqualTo(201);
    }

    private long admissionsFor(AdmissionRequest r) {
        return jdbc.sql("select count(*) from admission where order_case_number = :c")
                .param("c", r.commitmentOrder().caseNumber()).query(Long.class).single();
    }
}
