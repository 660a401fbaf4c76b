package org.custos.operations;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The primary dies under write load and the synchronous standby is promoted: the server, on the multi-host URL
 * ({@code targetServerType=primary}), reconnects by itself, keeps taking writes, and has lost no acknowledged
 * one; the ledger goes on and its audit passes. Run by {@code .ci/failover.sh}, which builds the two clusters
 * and says how to stop the primary and promote the standby ({@code CUSTOS_FAILOVER_*}).
 */
@CustosTest
@Tag("failover")
class StandbyFailoverTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePromotedStandbyHasEveryAcknowledgedWriteAndTheServerCarriesOnWithoutRestart() throws Exception {
        String stopPrimary = System.getenv("CUSTOS_FAILOVER_STOP_PRIMARY");
        String promote = System.getenv("CUSTOS_FAILOVER_PROMOTE");
        assumeTrue(stopPrimary != null && promote != null, "run by .ci/failover.sh");
        String facility = RegistryFixtures.facility(facilities);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        int primaryPort = serverPort();

        long atStop;
        long failedAtPromote;
        List<UUID> acknowledged;
        long failed;
        try (AdmissionLoad load = new AdmissionLoad(clerk, facility, 4)) {
            assertThat(AdmissionLoad.await(120, () -> load.acknowledgedCount() >= 40)).as("writes before").isTrue();
            run(stopPrimary);
            atStop = load.acknowledgedCount();
            assertThat(AdmissionLoad.await(60, () -> load.failedCount() > 0)).as("the outage is seen").isTrue();
            failedAtPromote = load.failedCount();
            run(promote);
            long promoted = System.nanoTime();
            long atPromote = load.acknowledgedCount();
            assertThat(AdmissionLoad.await(180, () -> load.acknowledgedCount() > atPromote)).isTrue();
            System.out.printf("failover: first acknowledged write %d ms after the promotion returned%n",
                    (System.nanoTime() - promoted) / 1_000_000);
            assertThat(AdmissionLoad.await(180, () -> load.acknowledgedCount() >= atStop + 40))
                    .as("writes after the promotion, without restarting the server").isTrue();
            load.close();
            acknowledged = load.acknowledged();
            failed = load.failedCount();
        }
        System.out.printf("failover: %d writes acknowledged (%d before the stop), %d failed (%d before the promotion)%n",
                acknowledged.size(), atStop, failed, failedAtPromote);
        assertThat(serverPort()).as("now on the promoted standby").isNotEqualTo(primaryPort);
        assertThat(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()).isFalse();
        for (UUID person : acknowledged) {
            Api.Response file = clerk.get("/api/v1/persons/" + person + "?purpose=failover%20check");
            assertThat(file.status()).as("acknowledged admission of " + person).isEqualTo(200);
        }
        assertThat(jdbc.sql("""
                select count(*) from event_outbox where event_type = 'PersonAdmitted' and subject_id = any(?)""")
                .param(acknowledged.toArray(UUID[]::new)).query(Long.class).single())
                .isEqualTo(acknowledged.size());
        assertThat(AdmissionLoad.await(60, () -> Ledgers.caughtUp(jdbc))).as("every entry sequenced and signed").isTrue();
        JsonNode audit = monitor.post("/api/v1/ledger/audit", "{}").json();
        assertThat(audit.get("ok").asBoolean()).as(audit.toString()).isTrue();
    }

    private int serverPort() {
        return jdbc.sql("select inet_server_port()").query(Integer.class).single();
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        assertThat(p.waitFor()).as(command).isZero();
    }
}
