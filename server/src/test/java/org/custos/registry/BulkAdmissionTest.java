package org.custos.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk admission at the size of a real import: 10,000 admissions with every validation, batch
 * inserted, one outbox row each. Prints the time; the bound asserted is the (30 s), generous
 * on purpose — measured figures belong in docs/performance.md.
 */
@CustosTest
@Tag("database")
class BulkAdmissionTest {

    @LocalServerPort
    int port;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tenThousandAdmissionsAreValidatedAndWrittenQuickly() {
        String facility = RegistryFixtures.facility(facilities);
        String tag = "Bulk" + TestData.unique();
        Random random = new Random(42);
        List<AdmissionRequest> requests = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            requests.add(RegistryFixtures.admission(facility, RegistryFixtures.person(RegistryFixtures.name(random),
                    tag, RegistryFixtures.name(random), "SV")));
        }
        requests.set(17, RegistryFixtures.admission("NO-SUCH-PLACE"));
        long outboxBefore = jdbc.sql("select count(*) from event_outbox").query(Long.class).single();
        long started = System.nanoTime();
        List<Admissions.BulkOutcome> outcomes = admissions.admitAll(requests, "bulk-test");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("admitAll: 10,000 admissions in %d ms%n", millis);
        assertThat(outcomes).hasSize(10_000);
        assertThat(outcomes.stream().filter(Admissions.BulkOutcome::ok).count()).isEqualTo(9_999);
        assertThat(outcomes.get(17).problems().getFirst().field()).isEqualTo("facilityCode");
        assertThat(jdbc.sql("select count(*) from event_outbox").query(Long.class).single() - outboxBefore)
                .isEqualTo(9_999);
        assertThat(millis).isLessThan(30_000);

        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        assertThat(clerk.get("/api/v1/persons?q=" + tag.toLowerCase() + "&size=5").json().get("hasNext").asBoolean())
                .isTrue();
        String booking = outcomes.get(5000).admitted().bookingNumber();
        List<Long> times = new ArrayList<>();
        String[] queries = {"q=" + tag, "q=jose%20" + tag, "q=munoz", "booking=" + booking, "q=pena&status=UNTRIED",
                "facility=" + facility + "&page=3", "document=" + requests.get(9000).person().documents().getFirst().number()};
        for (int i = 0; i < 140; i++) {
            long t = System.nanoTime();
            Api.Response r = clerk.get("/api/v1/persons?" + queries[i % queries.length]);
            times.add((System.nanoTime() - t) / 1_000);
            assertThat(r.status()).isEqualTo(200);
        }
        times.sort(null);
        System.out.printf("search over HTTP: p50 %d µs, p95 %d µs, max %d µs%n", times.get(70), times.get(133),
                times.getLast());
    }
}
