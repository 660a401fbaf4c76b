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

    private static String at(java.time.OffsetDateTime t) {
        return t.withOffsetSameInstant(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** An entry at {@code gate}, in {@code area}, at {@code enteredAt} (null: now). */
    private static String entryAt(String facility, String given, String gate, String area, java.time.OffsetDateTime enteredAt) {
        String body = entry(facility, person("VISITOR", given, "Ramos", doc(), null), null, area);
        return body.substring(0, body.length() - 1) + ",\"gate\":\"" + gate + "\""
                + (enteredAt == null ? "" : ",\"enteredAt\":\"" + at(enteredAt) + "\"") + "}";
    }

    /** The entry ids the day's CSV marks {@code surveillance_offline=true}, and those it marks false. */
    private static java.util.Map<Boolean, Set<String>> csvOffline(Api api, String facility) {
        java.util.Map<Boolean, Set<String>> out = new java.util.HashMap<>(java.util.Map.of(true, new java.util.HashSet<>(),
                false, new java.util.HashSet<>()));
        String[] lines = api.get("/api/v1/gate/facilities/" + facility + "/log.csv").body().split("\r\n");
        java.util.List<String> header = java.util.List.of(lines[0].split(","));
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if ("ENTRY".equals(cells[0])) {
                out.get(Boolean.parseBoolean(cells[header.indexOf("surveillance_offline")]))
                        .add(cells[header.indexOf("entry_id")]);
            }
        }
        return out;
    }

    /** The gate entries the monitors' list of events during outages names, with the names it gives them. */
    private static java.util.Map<String, String> listedEntries(Api api, String facility) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (var e : api.get("/api/v1/gate/facilities/" + facility + "/events-during-outages").json()) {
            if ("GateEntryRecorded".equals(e.get("eventType").asString())) {
                out.put(e.get("subjectId").asString(), e.get("personName").asString());
            }
        }
        return out;
    }

    @Test
    void theEventsDuringAnOutageAndTheLogsCsvTellOneTruth() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        assertThat(officer.post("/api/v1/gate/surveillance/outages", "{\"facilityCode\":\"" + facility
                + "\",\"area\":\"Clínica\",\"device\":\"Cámara 4\",\"reason\":\"Corte de energía\"}").status())
                .isEqualTo(201);
        // in the affected area during the outage: offline in both
        UUID watchedNot = GateFixtures.enter(officer, entryAt(facility, "Elena", "Principal", "Clínica", null));
        // elsewhere (another gate, another area) while the clinic's camera was off: online in both
        UUID elsewhere = GateFixtures.enter(officer, entryAt(facility, "Julia", "Norte", "Dirección", null));
        // recorded during the outage, but the person came in half an hour before it began: online in both
        UUID before = GateFixtures.enter(officer, entryAt(facility, "Sonia", "Principal", "Clínica", now.minusMinutes(30)));

        var csv = csvOffline(officer, facility);
        var listed = listedEntries(monitor, facility);
        assertThat(csv.get(true)).containsExactly(watchedNot.toString());
        assertThat(csv.get(false)).contains(elsewhere.toString(), before.toString());
        assertThat(listed.keySet()).isEqualTo(csv.get(true));
        assertThat(listed.get(watchedNot.toString())).isEqualTo("Elena Ramos");

        // an outage recorded afterwards with an earlier start covers the north gate's entry: both say so
        assertThat(officer.post("/api/v1/gate/surveillance/outages", "{\"facilityCode\":\"" + facility
                + "\",\"area\":\"Norte\",\"device\":\"Grabadora 2\",\"reason\":\"Disco lleno\","
                + "\"offlineSince\":\"" + at(now.minusMinutes(5)) + "\"}").status()).isEqualTo(201);
        csv = csvOffline(officer, facility);
        assertThat(csv.get(true)).containsExactlyInAnyOrder(watchedNot.toString(), elsewhere.toString());
        assertThat(listedEntries(monitor, facility).keySet()).isEqualTo(csv.get(true));
    }
}
