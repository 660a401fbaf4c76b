package org.custos.agreements.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quota under concurrency: manifests for one agreement sent at the same moment are decided one after the
 * other (the agreement's lock), so together they admit exactly the places left, never one more.
 */
@CustosTest
class IntakeQuotaConcurrencyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void manifestsSentTogetherNeverExceedTheQuota() throws Exception {
        String facility = RegistryFixtures.facility(facilities);
        Api admin = Api.as(port, users.with(Role.AGREEMENT_ADMINISTRATOR));
        Map<String, Object> a = IntakeFixtures.agreement(facility, 7, List.of("FINALLY_CONVICTED"));
        UUID id = IntakeFixtures.create(admin, a);
        int manifests = 3;
        int each = 4;
        CyclicBarrier start = new CyclicBarrier(manifests);
        List<Future<Api.Response>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(manifests)) {
            for (int t = 0; t < manifests; t++) {
                List<Map<String, Object>> persons = new ArrayList<>();
                for (int i = 0; i < each; i++) persons.add(IntakeFixtures.convicted("Race" + TestData.unique()));
                Map<String, Object> m = IntakeFixtures.manifest(IntakeFixtures.code(a), facility, persons);
                sent.add(pool.submit((Callable<Api.Response>) () -> {
                    start.await();
                    return IntakeFixtures.submit(admin, m);
                }));
            }
        }
        long accepted = 0;
        long quota = 0;
        for (Future<Api.Response> f : sent) {
            Api.Response r = f.get();
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            accepted += r.json().get("accepted").asLong();
            for (var row : r.json().get("rows")) {
                if ("QUOTA_FULL".equals(row.path("reason").asString(""))) quota++;
            }
        }
        assertThat(accepted).isEqualTo(7);
        assertThat(quota).isEqualTo(manifests * each - 7);
        assertThat(jdbc.sql("select count(*) from intake_decision where agreement_id = :a and decision = 'ACCEPTED'").param("a", id)
                .query(Long.class).single()).isEqualTo(7);
        assertThat(admin.get("/api/v1/agreements/" + id + "/intakes").json().get("quota").get("left").asInt()).isZero();
    }
}
