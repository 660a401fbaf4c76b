package org.custos.work.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.work.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: in English, the programme page refuses an allocation with the rule's reason; in Spanish, the
 * certification page shows a person's pending day with its evidence, refuses an approval without the constancia
 * and records it with one.
 */
@CustosTest
class CertificationBrowserTest extends BrowserTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAllocationRefusalSaysWhyInEnglish() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        UUID programme = fx.createProgramme(fx.programme("FARM"));
        var untried = fx.admit(LegalStatusKind.UNTRIED);
        browser.at(port).signIn(fx.managerName).open("/work/programmes/" + programme + "?lang=en");
        browser.type("booking", untried.bookingNumber());
        browser.find("#allocation-form button").click();
        browser.waitForText(".error-summary", "Mandela Rule 116");
        assertThat(browser.text("#booking-error")).contains("No medical fitness assessment is recorded (Mandela Rule 101)");
        assertThat(browser.text("#terms")).contains("Farm", "Full day", "Sunday");
        assertThat(browser.value("booking")).isEqualTo(untried.bookingNumber());
        assertThat(jdbc.sql("select count(*) from work_allocation where person_id = :p").param("p", untried.personId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theJudgesDecisionIsRecordedFromTheCertificationPage() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        UUID programme = fx.createProgramme(fx.programme("WORKSHOP"));
        var person = fx.admit(LegalStatusKind.CONVICTED);
        fx.fit(person.personId(), false);
        fx.allocate(person.personId(), programme);
        // scoped to the facility: the month's national list may hold other tests' persons, pages of 100
        String administrator = users.with(Role.SENTENCE_ADMINISTRATOR, java.util.Set.of(fx.facility), null);
        Api admin = Api.as(port, administrator);
        assertThat(admin.post("/api/v1/persons/" + person.personId() + "/sentences", Api.json(Map.of("jurisdiction", "SV",
                "offenceCode", "HURTO", "offenceClassification", "LESSER", "years", 5, "months", 0, "days", 0,
                "startDate", "2024-01-01", "offenceDate", "2023-06-01"))).status()).isEqualTo(201);
        assertThat(fx.manager.post("/api/v1/work/programmes/" + programme + "/attendance", Api.json(Map.of(
                "date", WorkFixtures.today().toString(), "records", List.of(Map.of("personId", person.personId()))))).status())
                .isEqualTo(201);
        String month = WorkFixtures.today().toString().substring(0, 7);
        assertThat(fx.manager.post("/api/v1/work/programmes/" + programme + "/credits/derive?month=" + month, "").status())
                .isEqualTo(200);
        String before = admin.get("/api/v1/persons/" + person.personId() + "/release-dates").json().get("release").asString();

        String section = "#person-" + person.personId();
        browser.at(port).signIn(administrator).open("/work/certifications?month=" + month);
        assertThat(browser.text(section + " h2")).contains(person.bookingNumber(), "1 día(s)");
        assertThat(browser.text(section + " table")).contains("Redime");
        browser.find(section + " form button").click();
        browser.waitForText(".error-summary", "constancia");
        assertThat(jdbc.sql("select count(*) from credit_rev where person_id = :p").param("p", person.personId())
                .query(Long.class).single()).isZero();
        browser.type("constancia-" + person.personId(), "JVP-SS-2026-200");
        browser.type("sha-" + person.personId(), "c".repeat(64));
        browser.find(section + " form button").click();
        browser.waitForText(".notice", "Decisión registrada");
        String after = admin.get("/api/v1/persons/" + person.personId() + "/release-dates").json().get("release").asString();
        assertThat(after).isEqualTo(java.time.LocalDate.parse(before).minusDays(1).toString());
        browser.screenshot("work-certification-done");
    }
}
