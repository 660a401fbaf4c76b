package org.custos.gate;

import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.ledger.internal.SequencerHold;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.Conditions;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custos.gate.GateFixtures.doc;
import static org.custos.gate.GateFixtures.entry;
import static org.custos.gate.GateFixtures.person;

/** Entries and exits over real HTTP: who may record, full names, one open entry per person, receipts, no deletes. */
@CustosTest
@Tag("database")
class GateApiTest {

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
    @Autowired
    DataSource dataSource;

    @Test
    void anEntryAndItsExitAreRecordedOnceAndTheVisitorGetsAReceipt() throws InterruptedException {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID prisoner = fx.admit(facility, LegalStatusKind.UNTRIED);
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        String doc = doc();
        String body = entry(facility, person("LAWYER", "Ana Sofía", "Martínez", doc, "Bufete Martínez"),
                fx.booking(prisoner), null);
        UUID id = GateFixtures.enter(officer, body);

        Api.Response again = officer.post("/api/v1/gate/entries", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("gate.already-inside");
        assertThat(officer.get("/api/v1/gate/facilities/" + facility + "/inside").body())
                .contains(id.toString(), "Ana Sofía", fx.booking(prisoner));

        Api.Response receipt = GateFixtures.receipt(officer, id);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("text/plain");
        assertThat(receipt.body()).startsWith("c2sp.org/tlog-proof@v1\n").contains("\nindex ");

        assertThat(officer.post("/api/v1/gate/entries/" + id + "/exit", "{}").status()).isEqualTo(200);
        assertThat(officer.post("/api/v1/gate/entries/" + id + "/exit", "{}").status()).isEqualTo(409);
        assertThat(officer.get("/api/v1/gate/facilities/" + facility + "/inside").body()).doesNotContain(id.toString());
        String log = officer.get("/api/v1/gate/facilities/" + facility + "/log").body();
        assertThat(log).contains("\"movement\":\"ENTRY\"", "\"movement\":\"EXIT\"", "Martínez");
        Api.Response csv = officer.get("/api/v1/gate/facilities/" + facility + "/log.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("ENTRY", "EXIT", "Ana Sofía Martínez", doc);
        assertThat(GateFixtures.enter(officer, body)).isNotEqualTo(id);
        assertThat(jdbc.sql("select count(*) from event_outbox where subject_id = :id and event_type like 'Gate%'")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anOfficialIsNeverRecordedWithoutAFullName() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        Api.Response blank = warden.post("/api/v1/gate/entries",
                entry(facility, person("OFFICIAL", "Carlos", "", doc(), "Ministerio de Seguridad"), null, "Dirección"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("person.firstSurname", "gate.name.required");
        Api.Response initials = warden.post("/api/v1/gate/entries",
                entry(facility, person("OFFICIAL", "C. A.", "V.", doc(), "Ministerio"), null, "Dirección"));
        assertThat(initials.status()).isEqualTo(422);
        assertThat(initials.body()).contains("person.givenNames", "person.firstSurname", "gate.name.initials");
        Api.Response noOrg = warden.post("/api/v1/gate/entries",
                entry(facility, person("OFFICIAL", "Carlos Alberto", "Vega", doc(), null), null, null));
        assertThat(noOrg.body()).contains("person.organisation", "visitedBooking");
        assertThat(jdbc.sql("select count(*) from gate_entry where facility_code = :f").param("f", facility)
                .query(Long.class).single()).isZero();
        GateFixtures.enter(warden, entry(facility, person("OFFICIAL", "Carlos Alberto", "Vega", doc(), "Ministerio"),
                null, "Dirección"));
    }

    @Test
    void onlyWardensAndOfficersOfTheFacilityRecordAndLiaisonsSeeNothing() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        String other = new HousingFixtures(facilities, admissions, documents).facility();
        String body = entry(facility, person("VISITOR", "Rosa María", "López", doc(), null), null, "Clínica");
        Api elsewhere = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(other), null));
        Api.Response refused = elsewhere.post("/api/v1/gate/entries", body);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("facilityCode", "gate.facility");
        assertThat(elsewhere.get("/api/v1/gate/facilities/" + facility + "/log").status()).isEqualTo(404);
        for (Role role : Set.of(Role.MONITOR, Role.ADMINISTRATOR, Role.LIAISON, Role.RECORDS_CLERK)) {
            assertThat(Api.as(port, role == Role.LIAISON ? users.with(role, Set.of(), "US") : users.with(role)).post("/api/v1/gate/entries", body).status()).as(role.name())
                    .isEqualTo(403);
        }
        UUID id = GateFixtures.enter(Api.as(port, users.with(Role.WARDEN, Set.of(facility), null)), body);
        assertThat(Api.as(port, users.with(Role.MONITOR)).get("/api/v1/gate/entries/" + id).body()).contains("Rosa María");
        assertThat(Api.as(port, users.with(Role.ADMINISTRATOR)).get("/api/v1/gate/facilities/" + facility + "/log")
                .status()).isEqualTo(200);
        assertThat(Api.as(port, users.with(Role.LIAISON, Set.of(), "US")).get("/api/v1/gate/entries/" + id).status())
                .isEqualTo(403);
    }

    @Test
    void gateRecordsAreNeverDeletedOrRewrittenAndCorrectionsAreAppended() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        UUID id = GateFixtures.enter(officer, entry(facility, person("CONTRACTOR", "Luis Ernesto", "Rivas", doc(),
                "Constructora El Salvador"), null, "Taller"));
        assertThatThrownBy(() -> jdbc.sql("delete from gate_entry where id = :id").param("id", id).update())
                .hasMessageContaining("never deleted");
        assertThatThrownBy(() -> jdbc.sql("update gate_entry set first_surname = 'X' where id = :id").param("id", id)
                .update()).hasMessageContaining("append-only");
        Api.Response noReason = officer.post("/api/v1/gate/entries/" + id + "/corrections",
                "{\"field\":\"firstSurname\",\"newValue\":\"Rivas Cañas\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(officer.post("/api/v1/gate/entries/" + id + "/corrections",
                "{\"field\":\"firstSurname\",\"newValue\":\"Rivas Cañas\",\"reason\":\"Mal escrito\"}").status())
                .isEqualTo(201);
        String read = officer.get("/api/v1/gate/entries/" + id).body();
        assertThat(read).contains("Rivas Cañas", "Mal escrito", "\"corrections\":1");
        Api.Response noExit = officer.post("/api/v1/gate/entries/" + id + "/corrections",
                "{\"field\":\"exitedAt\",\"newValue\":\"2020-01-01T10:00:00Z\",\"reason\":\"Hora\"}");
        assertThat(noExit.body()).contains("gate.correction.noExit");
        Api.Response notATime = officer.post("/api/v1/gate/entries/" + id + "/corrections",
                "{\"field\":\"enteredAt\",\"newValue\":\"a las diez\",\"reason\":\"Hora\"}");
        assertThat(notATime.status()).isEqualTo(422);
        assertThat(notATime.body()).contains("gate.correction.time");
        assertThat(jdbc.sql("select count(*) from gate_correction where entry_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(read).contains("\"correctedFields\":[\"firstSurname\"]");
        String csv = officer.get("/api/v1/gate/facilities/" + facility + "/log.csv").body();
        assertThat(csv).contains(",corrected_fields\r\n").contains("Luis Ernesto Rivas Cañas").contains(",firstSurname\r\n")
                .doesNotContain("Luis Ernesto Rivas,");
        assertThat(officer.get("/api/v1/gate/facilities/" + facility + "/log").body()).contains("Rivas Cañas");
    }

    @Test
    void aPendingReceiptAsksTheClientToRetryInASecond() throws Exception {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        UUID id;
        try (SequencerHold hold = SequencerHold.take(dataSource)) {
            id = GateFixtures.enter(officer, entry(facility, person("VISITOR", "Rosa Elvira", "Cañas", doc(), null),
                    null, "Clínica"));
            Api.Response pending = officer.get("/api/v1/gate/entries/" + id + "/receipt");
            assertThat(pending.status()).isEqualTo(409);
            assertThat(pending.header("Retry-After")).isEqualTo("1");
            assertThat(pending.body()).contains("gate.receipt-pending");
        }
        UUID entry = id;
        Conditions.waitFor(Duration.ofSeconds(10),
                () -> officer.get("/api/v1/gate/entries/" + entry + "/receipt").status() == 200);
        assertThat(officer.get("/api/v1/gate/entries/" + entry + "/receipt").body()).startsWith("c2sp.org/tlog-proof@v1");
    }
}
