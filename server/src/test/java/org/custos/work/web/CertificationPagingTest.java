package org.custos.work.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.custos.work.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The certification page lists 100 persons a page: 101 persons with pending days are two pages, "página p de n". */
@CustosTest
class CertificationPagingTest {

    private static final Pattern SECTION = Pattern.compile("<section class=\"panel\" id=\"person-");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;

    @Test
    void aHundredAndOnePersonsAreTwoPages() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        UUID programme = fx.createProgramme(fx.programme("WORKSHOP"));
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            UUID person = fx.admit(LegalStatusKind.CONVICTED).personId();
            fx.fit(person, false);
            fx.allocate(person, programme);
            records.add(Map.of("personId", person));
        }
        assertThat(fx.manager.post("/api/v1/work/programmes/" + programme + "/attendance", Api.json(Map.of(
                "date", WorkFixtures.today().toString(), "records", records))).status()).isEqualTo(201);
        String month = WorkFixtures.today().toString().substring(0, 7);
        assertThat(fx.manager.post("/api/v1/work/programmes/" + programme + "/credits/derive?month=" + month, "").status())
                .isEqualTo(200);
        WebSession clerk = WebSession.signIn(port, users.with(Role.SENTENCE_ADMINISTRATOR, Set.of(fx.facility), null));

        String first = clerk.get("/work/certifications?month=" + month).body();
        assertThat(sections(first)).isEqualTo(100);
        assertThat(first).contains("Página 1 de 2 (101 personas con días pendientes)", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        String second = clerk.get("/work/certifications?month=" + month + "&page=1&lang=en").body();
        assertThat(sections(second)).isEqualTo(1);
        assertThat(second).contains("Page 2 of 2 (101 persons with pending days)", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(sections(clerk.get("/work/certifications?month=" + month + "&page=99").body())).isEqualTo(1);
        assertThat(sections(clerk.get("/work/certifications?month=" + month + "&page=-1").body())).isEqualTo(100);
        // the judge refuses them all in one batch, so the month's national list does not keep them for other tests
        String name = users.with(Role.SENTENCE_ADMINISTRATOR, Set.of(fx.facility), null);
        List<Map<String, Object>> refusals = records.stream().map(r -> Map.<String, Object>of("personId", r.get("personId"),
                "decision", "REFUSED", "reason", "Prueba de paginación")).toList();
        assertThat(Api.as(port, name).post("/api/v1/work/certifications", Api.json(Map.of("month", month, "decisions",
                refusals))).status()).isEqualTo(200);
        assertThat(clerk.get("/work/certifications?month=" + month).body()).doesNotContain("id=\"pager\"");
    }

    private static long sections(String html) {
        return SECTION.matcher(html).results().count();
    }
}
