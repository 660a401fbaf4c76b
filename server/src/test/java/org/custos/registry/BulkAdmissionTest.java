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
 * Bulk admission at the size of a real import: thousands of admissions with every validation, batch
 * inserted over several chunks, one outbox row each; a refused one does not stop the others. How fast
 * is measured by the load driver {@code bench/.../BulkAdmissionLoad} (docs/performance.md), not here.
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
    void thousandsOfAdmissionsAreValidatedAndWrittenInChunks() {
        String facility = RegistryFixtures.facility(facilities);
        String tag = "Bulk" + TestData.unique();
        Random random = new Random(42);
        List<AdmissionRequest> requests = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            requests.add(RegistryFixtures.admission(facility, RegistryFixtures.person(RegistryFixtures.name(random),
                    tag, RegistryFixtures.name(random), "SV")));
        }
        requests.set(17, RegistryFixtures.admission("NO-SUCH-PLACE"));
        long outboxBefore = jdbc.sql("select count(*) from event_outbox").query(Long.class).single();
        List<Admissions.BulkOutcome> outcomes = admissions.admitAll(requests, "bulk-test");
        assertThat(outcomes).hasSize(5_000);
        assertThat(outcomes.stream().filter(Admissions.BulkOutcome::ok).count()).isEqualTo(4_999);
        assertThat(outcomes.get(17).problems().getFirst().field()).isEqualTo("facilityCode");
        assertThat(jdbc.sql("select count(*) from event_outbox").query(Long.class).single() - outboxBefore)
                .isEqualTo(4_999);

        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        assertThat(clerk.get("/api/v1/persons?q=" + tag.toLowerCase() + "&size=5").json().get("hasNext").asBoolean())
                .isTrue();
        String booking = outcomes.get(2500).admitted().bookingNumber();
        String[] queries = {"q=" + tag, "q=jose%20" + tag, "q=munoz", "booking=" + booking, "q=pena&status=UNTRIED",
                "facility=" + facility + "&page=3", "document=" + requests.get(4000).person().documents().getFirst().number()};
        for (String query : queries) {
            Api.Response r = clerk.get("/api/v1/persons?" + query);
            assertThat(r.status()).as(query).isEqualTo(200);
            assertThat(r.json().get("items").size()).as(query).isGreaterThan(0);
        }
    }
}
