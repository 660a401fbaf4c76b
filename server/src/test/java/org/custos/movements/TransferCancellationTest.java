package org.custos.movements;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pending transfer is cancelled with a reason and its author: an event for the ledger, the one-pending rule
 * freed, nothing moved (cell, registry facility). A departed transfer cannot be cancelled; only a warden of the
 * sending facility cancels.
 */
@CustosTest
class TransferCancellationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPendingTransferIsCancelledWithItsReasonAndNothingMoves() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        String wardenName = users.with(Role.WARDEN, Set.of(from), null);
        Api warden = Api.as(port, wardenName);
        UUID unit = HousingFixtures.unit(admin, from);
        UUID cell = HousingFixtures.cell(admin, unit, "C1", 40, 10);
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        assertThat(HousingFixtures.place(warden, person, cell, null).status()).isEqualTo(201);
        String transfer = Transfers.authorize(warden, person, to);
        String cancel = "/api/v1/transfers/" + transfer + "/cancellation";

        Api.Response noReason = warden.post(cancel, "{}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Api.Response officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(from), null))
                .post(cancel, "{\"reason\":\"x\"}");
        assertThat(officer.status()).as(officer.body()).isEqualTo(403);
        Api.Response foreign = Api.as(port, users.with(Role.WARDEN, Set.of(to), null)).post(cancel, "{\"reason\":\"x\"}");
        assertThat(foreign.status()).as("the receiving facility does not cancel: " + foreign.body()).isEqualTo(404);

        Api.Response cancelled = warden.post(cancel, "{\"reason\":\"Audiencia reprogramada\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        Map<String, Object> row = jdbc.sql("select reason, cancelled_by from transfer_cancellation where transfer_id = :t")
                .param("t", UUID.fromString(transfer)).query().singleRow();
        assertThat(row).containsEntry("reason", "Audiencia reprogramada").containsEntry("cancelled_by", wardenName);
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'TransferCancelled' and subject_id = :p")
                .param("p", person).query(Long.class).single()).isEqualTo(1);

        Api.Response again = warden.post(cancel, "{\"reason\":\"otra vez\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(warden.post("/api/v1/transfers/" + transfer + "/departure", "{}").status()).isEqualTo(409);
        assertThat(warden.get("/api/v1/persons/" + person + "/placements").json().get(0).path("to").isMissingNode()
                || warden.get("/api/v1/persons/" + person + "/placements").json().get(0).path("to").isNull())
                .as("the placement goes on").isTrue();
        assertThat(jdbc.sql("select facility_code from person where id = :p").param("p", person).query(String.class)
                .single()).isEqualTo(from);

        String second = Transfers.authorize(warden, person, to);
        assertThat(second).as("the one pending transfer is freed").isNotEqualTo(transfer);
    }

    @Test
    void aDepartedTransferCannotBeCancelled() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(from), null));
        UUID person = fx.admit(from, LegalStatusKind.CONVICTED);
        String transfer = Transfers.authorize(warden, person, fx.facility());
        assertThat(warden.post("/api/v1/transfers/" + transfer + "/departure", "{}").status()).isEqualTo(200);
        Api.Response r = warden.post("/api/v1/transfers/" + transfer + "/cancellation", "{\"reason\":\"tarde\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("movements.state");
        assertThat(jdbc.sql("select count(*) from transfer_cancellation where transfer_id = :t")
                .param("t", UUID.fromString(transfer)).query(Long.class).single()).isZero();
    }
}
