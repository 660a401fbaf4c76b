package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sentence page and the alert list in a real Chromium, in Spanish. */
@CustosTest
class SentencingBrowserTest extends BrowserTestBase {

    @Autowired
    TestUsers users;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;
    @LocalServerPort
    int port;

    @Test
    void theSentencePageShowsTheDatesAndTheirDerivation() {
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        String admin = users.with(Role.SENTENCE_ADMINISTRATOR);
        Api.as(port, admin).post("/api/v1/persons/" + person + "/sentences",
                Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        browser.at(port).signIn(admin).open("/persons/" + person + "/sentence");
        assertThat(browser.text("#release-date")).isEqualTo("31/12/2028");
        String derivation = browser.text("#derivation");
        assertThat(derivation).contains("Cómo se calculó", "Duración de la pena", "Código Penal art. 85", "SV-",
                "La pena 1 (HURTO): 5 años, 0 meses y 0 días desde el 01/01/2024, menos un día (el día de inicio cuenta) = 31/12/2028")
                .doesNotContain("TERM", "2024-01-01", "sentence ");
        browser.screenshot("sentencing-sentence-page");
    }

    @Test
    void aTermOfZeroLengthIsRefusedInSpanishBesideTheFieldAndAtTheTop() {
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        browser.at(port).signIn(users.with(Role.SENTENCE_ADMINISTRATOR)).open("/persons/" + person + "/sentence");
        browser.type("offenceCode", "HURTO").type("years", "0").type("months", "0").type("days", "0")
                .type("startDate", "01/01/2024").type("offenceDate", "01/06/2023");
        browser.find("#save-sentence").click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.text(".error-summary")).contains("La duración de la pena debe ser mayor que cero");
        assertThat(browser.text("#years-error")).contains("mayor que cero");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#years");
        assertThat(browser.value("offenceCode")).isEqualTo("HURTO");
    }

    @Test
    void anAdministratorApprovesAPendingCreditAndARevocationWithoutReasonIsRefused() {
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        String admin = users.with(Role.SENTENCE_ADMINISTRATOR);
        String base = "/api/v1/persons/" + person;
        Api.as(port, admin).post(base + "/sentences", Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        Api.Response pending = Api.as(port, users.with(Role.WORK_MANAGER))
                .post(base + "/credits", Api.json(SentencingFixtures.credit("2024-03-04", "PENDING", null)));
        String credit = pending.json().get("creditId").asString();
        browser.at(port).signIn(admin).open("/persons/" + person + "/sentence");
        assertThat(browser.text("#release-date")).isEqualTo("31/12/2028");
        assertThat(browser.text("#credit-" + credit)).contains("Pendiente de aprobación");

        browser.type("constancia-" + credit, "JVP-2024-17");
        browser.find("#approve-" + credit).click();
        browser.waitForText("#release-date", "30/12/2028");
        assertThat(browser.text("#credit-" + credit)).contains("Aprobado", "JVP-2024-17");
        assertThat(browser.text("#derivation")).contains("Redención por trabajo", "Incluye: Trabajo del 04/03/2024, constancia JVP-2024-17",
                "cada día de labor efectiva cuenta como dos días de pena, el día cumplido y un día redimido")
                .doesNotContain("REDENCION_WORK", "× 1");
        assertThat(browser.text("#credits")).contains("marzo de 2024: 1 abono; 1 día, aprobados 1", "Crédito registrado");
        browser.screenshot("sentencing-credit-approved");

        browser.type("revokedOn-" + credit, "01/06/2024");
        browser.find("#revoke-" + credit).click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.text(".error-summary")).contains("Escriba el motivo de la revocación");
        assertThat(browser.text("#revokeReason-" + credit + "-error")).contains("Escriba el motivo de la revocación");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#revokeReason-" + credit);
        assertThat(browser.value("revokedOn-" + credit)).isEqualTo("01/06/2024");
        assertThat(browser.text("#release-date")).isEqualTo("30/12/2028");
    }

    @Test
    void aCustodyIntervalEndingBeforeItStartsIsRefusedBesideTheFieldThenRecorded() {
        // arrested before the interval: an interval must lie inside the person's custody
        UUID person = SentencingFixtures.convictedSince(admissions, facilities,
                java.time.OffsetDateTime.parse("2023-06-01T10:00:00-06:00"));
        String admin = users.with(Role.SENTENCE_ADMINISTRATOR);
        Api.as(port, admin).post("/api/v1/persons/" + person + "/sentences",
                Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        browser.at(port).signIn(admin).open("/persons/" + person + "/sentence");
        browser.type("custodyFrom", "22/12/2023").type("custodyTo", "01/12/2023");
        browser.find("#save-custody").click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.text("#custodyTo-error")).contains("El periodo termina antes de empezar");
        assertThat(browser.value("custodyFrom")).isEqualTo("22/12/2023");
        browser.type("custodyTo", "31/12/2023");
        browser.find("#save-custody").click();
        browser.waitForText("#release-date", "21/12/2028");
        assertThat(browser.text("#derivation")).contains("Detención abonada",
                "10 días de detención antes del 01/01/2024, abonados una sola vez").doesNotContain("CUSTODY_CREDIT");
    }

    @Test
    void theAlertListShowsAnOverDetainedPerson() {
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR)).post("/api/v1/persons/" + person + "/sentences",
                Api.json(SentencingFixtures.sentence(1, "2020-01-01", "2019-06-01")));
        browser.at(port).signIn(users.with(Role.WARDEN)).open("/");
        assertThat(browser.text("#sentencing-panel-section")).contains("Libertades vencidas");
        browser.open("/sentencing/alerts?withinDays=0");
        assertThat(browser.text("#main h2")).contains("Fecha de libertad vencida");
        String row = browser.find("tr[data-person='" + person + "']").getText();
        assertThat(row).contains("31/12/2020", "días de retraso");
        browser.screenshot("sentencing-alerts");
    }
}
