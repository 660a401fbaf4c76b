package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, release alerts: each kind is its own list with its count, the home figures open their own list, the CSV is
 * the list on screen, and a bad "days" is a field error (page) or a problem naming the field (API).
 */
@CustosTest
@Tag("database")
class AlertListsTest {

    private static final List<String> KINDS = List.of("OVER_DETENTION", "PRETRIAL_PASSED", "RELEASE_DUE", "PRETRIAL_APPROACHING");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;

    @Test
    void eachKindIsItsOwnListWithItsCount() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID late = SentencingFixtures.convicted(admissions, facilities);
        assertThat(admin.post("/api/v1/persons/" + late + "/sentences",
                Api.json(SentencingFixtures.sentence(1, "2020-01-01", "2019-06-01"))).status()).isEqualTo(201);
        UUID untried = SentencingFixtures.untried(admissions, facilities);
        assertThat(admin.post("/api/v1/persons/" + untried + "/provisional-detention",
                "{\"detentionStart\":\"2023-08-01\",\"classification\":\"LESSER\",\"stateOfException\":true,"
                        + "\"reason\":\"auto de detención provisional\"}").status()).isEqualTo(204);

        Api warden = Api.as(port, users.with(Role.WARDEN));
        JsonNode counts = warden.get("/api/v1/sentencing/alerts/counts?withinDays=30").json();
        List<String> all = new ArrayList<>();
        for (String kind : KINDS) {
            JsonNode list = warden.get("/api/v1/sentencing/alerts?kind=" + kind + "&withinDays=30&size=1000").json();
            assertThat(list.size()).as(kind).isEqualTo(counts.get(kind).asInt()).isLessThan(1000);
            list.forEach(a -> {
                assertThat(a.get("kind").asString()).isEqualTo(kind);
                all.add(a.get("personId").asString() + " " + kind);
            });
        }
        assertThat(all).contains(late + " OVER_DETENTION", untried + " PRETRIAL_PASSED");
        JsonNode every = warden.get("/api/v1/sentencing/alerts?withinDays=30&size=1000").json();
        List<String> unfiltered = new ArrayList<>();
        every.forEach(a -> unfiltered.add(a.get("personId").asString() + " " + a.get("kind").asString()));
        assertThat(unfiltered).containsExactlyElementsOf(all); // most urgent kind first, then the next

        WebSession session = WebSession.signIn(port, users.with(Role.WARDEN));
        WebSession.Page home = session.get("/");
        assertThat(home.body()).contains("/sentencing/alerts?kind=OVER_DETENTION", "/sentencing/alerts?kind=PRETRIAL_PASSED",
                "/sentencing/alerts?kind=RELEASE_DUE&amp;withinDays=30");
        WebSession.Page pretrial = session.get("/sentencing/alerts?kind=PRETRIAL_PASSED");
        assertThat(pretrial.status()).isEqualTo(200);
        assertThat(pretrial.body()).contains("data-person=\"" + untried + "\"").doesNotContain("data-person=\"" + late + "\"")
                .containsPattern("id=\"kind-pretrial_passed\"\\s+aria-current=\"page\"");
        String csv = session.get("/sentencing/alerts.csv?kind=PRETRIAL_PASSED&withinDays=30").body();
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).hasSize(counts.get("PRETRIAL_PASSED").asInt()).allMatch(l -> l.startsWith("PRETRIAL_PASSED,"));
        assertThat(csv).contains(untried.toString()).doesNotContain(late.toString());
    }

    @Test
    void aDaysBoxThatIsNotAWholeNumberIsAFieldError() {
        WebSession session = WebSession.signIn(port, users.with(Role.WARDEN));
        for (String bad : new String[] {"abc", "-1", "3651", "1.5", "99999999999"}) {
            WebSession.Page page = session.get("/sentencing/alerts?kind=RELEASE_DUE&withinDays=" + bad);
            assertThat(page.status()).as(bad).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).as(bad).contains("id=\"withinDays-error\"", "Escriba un número entero entre 0 y 3.650.")
                    .doesNotContain("data-person=");
            Api.Response api = Api.as(port, users.with(Role.WARDEN)).get("/api/v1/sentencing/alerts?withinDays=" + bad);
            assertThat(api.status()).as(bad).isEqualTo(400);
            assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("withinDays");
        }
        assertThat(Api.as(port, users.with(Role.WARDEN)).get("/api/v1/sentencing/alerts?kind=NOPE").status()).isEqualTo(400);
        WebSession.Page unknown = session.get("/sentencing/alerts?kind=NOPE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Código 400").doesNotContain("Whitelabel");
        assertThat(Api.as(port, users.with(Role.WORK_MANAGER)).get("/api/v1/sentencing/alerts/counts").status()).isEqualTo(403);
    }
}
