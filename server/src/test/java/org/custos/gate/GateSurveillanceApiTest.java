package org.custos.gate;

import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.gate.GateFixtures.doc;
import static org.custos.gate.GateFixtures.entry;
import static org.custos.gate.GateFixtures.person;

/** Cameras going offline are on the log, and gate movements during the outage are flagged for monitors. */
@CustosTest
@Tag("database")
class GateSurveillanceApiTest {

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

    @Test
    void entriesWhileTheGateCamerasAreOfflineAreFlagged() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        UUID before = GateFixtures.enter(officer, entry(facility, person("VISITOR", "Elena", "Ramos", doc(), null),
                null, "Clínica"));
        Api.Response outage = officer.post("/api/v1/gate/surveillance/outages", "{\"facilityCode\":\"" + facility
                + "\",\"area\":\"Principal\",\"device\":\"Grabadora NVR-1\",\"reason\":\"Orden verbal de apagar\"}");
        assertThat(outage.status()).as(outage.body()).isEqualTo(201);
        String outageId = outage.json().get("id").asString();
        Api.Response during = officer.post("/api/v1/gate/entries", entry(facility,
                person("OFFICIAL", "Mauricio Ernesto", "Pineda", doc(), "Dirección General de Centros Penales"), null,
                "Dirección"));
        assertThat(during.status()).isEqualTo(201);
        assertThat(during.json().get("surveillanceOffline").asBoolean()).isTrue();
        String duringId = during.json().get("id").asString();
        assertThat(officer.post("/api/v1/gate/entries/" + before + "/exit", "{}").json()
                .get("surveillanceOffline").asBoolean()).isTrue();

        assertThat(officer.post("/api/v1/gate/surveillance/outages/" + outageId + "/restored", "{}").status())
                .isEqualTo(200);
        assertThat(officer.post("/api/v1/gate/surveillance/outages/" + outageId + "/restored", "{}").status())
                .isEqualTo(409);
        UUID after = GateFixtures.enter(officer, entry(facility, person("VISITOR", "Julia", "Mejía", doc(), null),
                null, "Clínica"));

        String events = monitor.get("/api/v1/gate/facilities/" + facility + "/events-during-outages").body();
        assertThat(events).contains(duringId, before.toString(), "GateEntryRecorded", "GateExitRecorded")
                .doesNotContain(after.toString());
        assertThat(monitor.get("/api/v1/gate/entries/" + duringId).body()).contains("\"offlineIn\":true");
        assertThat(monitor.get("/api/v1/gate/entries/" + after).body()).contains("\"offlineIn\":false");
        String status = monitor.get("/api/v1/gate/facilities/" + facility + "/surveillance").body();
        assertThat(status).contains("Grabadora NVR-1", "Orden verbal de apagar", "onlineSince");
        assertThat(monitor.post("/api/v1/gate/surveillance/outages", "{}").status()).isEqualTo(403);
    }
}
