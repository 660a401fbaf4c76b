package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Alerts, the population recomputation with its report, and the credits import. */
@CustosTest
@Tag("database")
class SentencingPopulationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void alertsShowOverDetentionAndProvisionalDetentionPastItsLimit() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID late = SentencingFixtures.convicted(admissions, facilities);
        assertThat(admin.post("/api/v1/persons/" + late + "/sentences",
                Api.json(SentencingFixtures.sentence(1, "2020-01-01", "2019-06-01"))).status()).isEqualTo(201);
        UUID untried = SentencingFixtures.untried(admissions, facilities);
        Api.Response pd = admin.post("/api/v1/persons/" + untried + "/provisional-detention",
                "{\"detentionStart\":\"2023-08-01\",\"classification\":\"LESSER\",\"stateOfException\":true,"
                        + "\"reason\":\"auto de detención provisional\"}");
        assertThat(pd.status()).as(pd.body()).isEqualTo(204);

        JsonNode alerts = Api.as(port, users.with(Role.WARDEN)).get("/api/v1/sentencing/alerts?withinDays=30&size=1000").json();
        assertThat(find(alerts, late).get("kind").asString()).isEqualTo("OVER_DETENTION");
        assertThat(find(alerts, late).get("date").asString()).isEqualTo("2020-12-31");
        JsonNode pretrial = find(alerts, untried);
        assertThat(pretrial.get("kind").asString()).isEqualTo("PRETRIAL_PASSED");
        assertThat(pretrial.get("ordinaryLimit").asString()).isEqualTo("2024-07-31");
        assertThat(pretrial.has("overrideLimit")).isTrue();
        assertThat(Api.as(port, users.with(Role.WORK_MANAGER)).get("/api/v1/sentencing/alerts").status()).isEqualTo(403);
    }

    @Test
    void theWholePopulationIsRecomputedWithProgressAndAReport() throws Exception {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        admin.post("/api/v1/persons/" + person + "/sentences", Api.json(SentencingFixtures.sentence(3, "2024-01-01", "2023-06-01")));
        jdbc.sql("update release_dates set release_date = '2026-01-01' where person_id = :p").param("p", person).update();
        Api.Response started = admin.post("/api/v1/sentencing/recompute", "");
        for (int i = 0; i < 60 && started.status() == 409; i++) {
            Thread.sleep(500);
            started = admin.post("/api/v1/sentencing/recompute", "");
        }
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().get("jobId").asString();
        JsonNode report = null;
        for (int i = 0; i < 120; i++) {
            report = Api.as(port, users.with(Role.MONITOR)).get("/api/v1/sentencing/recompute/" + job).json();
            if ("DONE".equals(report.get("status").asString())) break;
            Thread.sleep(500);
        }
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("done").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("changes").toString()).contains(person.toString(), "PROJECTED_RELEASE", "2026-12-31");
        assertThat(Api.as(port, users.with(Role.WARDEN)).post("/api/v1/sentencing/recompute", "").status()).isEqualTo(403);
    }

    @Test
    void approvedWorkDaysAreImportedFromCsvAndABadLineRefusesTheFile() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        admin.post("/api/v1/persons/" + person + "/sentences", Api.json(SentencingFixtures.sentence(3, "2024-01-01", "2023-06-01")));
        String booking = jdbc.sql("select booking_number from sentencing_person where person_id = :p").param("p", person)
                .query(String.class).single();
        String bad = "booking_number,date,days,hours,document\n" + booking + ",2024-02-01,1,,JVP-9\n" + booking + ",2020-02-02,1,,JVP-9\n";
        Api.Response refused = admin.send("POST", "/api/v1/sentencing/credits/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("line[2].credits[1].date", "CREDIT_BEFORE_START");
        String good = "booking_number,date,days,hours,document\n" + booking + ",2024-02-01,1,,JVP-9\n" + booking + ",2024-02-02,,16,JVP-9\n";
        Api.Response ok = admin.send("POST", "/api/v1/sentencing/credits/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("imported").asInt()).isEqualTo(2);
        assertThat(admin.get("/api/v1/persons/" + person + "/release-dates").json().get("release").asString())
                .isEqualTo("2026-12-28");
    }

    private static JsonNode find(JsonNode alerts, UUID person) {
        for (JsonNode a : alerts) if (a.get("personId").asString().equals(person.toString())) return a;
        throw new AssertionError("no alert for " + person + " in " + alerts);
    }
}
