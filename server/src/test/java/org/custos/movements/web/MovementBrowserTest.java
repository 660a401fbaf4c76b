package org.custos.movements.web;

import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, in Spanish: a transfer without the family's notification is refused (Mandela Rule 68)
 * with the summary and the message beside the field, what was typed kept and nothing written; with it,
 * the transfer is authorized and departs; an escort out shows the person as out on the facility page.
 */
@CustosTest
class MovementBrowserTest extends BrowserTestBase {

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
    void aTransferWithoutFamilyNotificationIsRefusedInSpanish() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        UUID cell = HousingFixtures.cell(admin, HousingFixtures.unit(admin, from), "C1", 40, 10);
        String warden = users.with(Role.WARDEN, Set.of(from, to), null);
        UUID person = fx.admit(from, LegalStatusKind.UNTRIED);
        UUID other = fx.admit(from, LegalStatusKind.UNTRIED);
        HousingFixtures.place(Api.as(port, warden), person, cell, null);
        HousingFixtures.place(Api.as(port, warden), other, cell, null);

        browser.at(port).signIn(warden).open("/movements/facilities/" + from);
        browser.find("#new-transfer").click();
        browser.type("booking", fx.booking(person)).type("reason", "Acercamiento familiar")
                .type("authorizedBy", "Director General de Centros Penales");
        new Select(browser.find("#toFacility")).selectByValue(to);
        browser.find("#transfer-form button").click();
        browser.waitForText(".error-summary", "Regla Mandela 68");
        assertThat(browser.text(".error-summary h2")).isEqualTo("Hay un problema");
        assertThat(browser.text("#familyNotification-error")).contains("notificado a la familia");
        assertThat(browser.value("reason")).isEqualTo("Acercamiento familiar");
        assertThat(count("transfer", person)).isZero();
        browser.screenshot("movements-transfer-refused");

        browser.type("notifiedPerson", "María Pérez (madre)").type("means", "Llamada telefónica");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('notifiedAt').value = '2026-01-02T10:30'");
        browser.find("#transfer-form button").click();
        browser.waitForText(".notice", "Traslado autorizado");
        assertThat(browser.text("#awaiting")).contains(fx.booking(person), "María Pérez (madre)");
        browser.find("#awaiting button").click();
        browser.waitForText(".notice", "Salida del traslado registrada");
        assertThat(browser.text("#outgoing")).contains(fx.booking(person));

        browser.find("#new-escort").click();
        browser.type("booking", fx.booking(other)).type("destination", "Juzgado 2.º de Instrucción")
                .type("authorizedBy", "Director del centro").type("escortStaff", "Agente López, Agente Ruiz");
        new Select(browser.find("#purpose")).selectByValue("COURT");
        browser.find("#escort-form button").click();
        browser.waitForText(".notice", "figura como fuera");
        assertThat(browser.text("#escorts")).contains(fx.booking(other), "Audiencia judicial");
        browser.open("/capacity/facilities/" + from);
        assertThat(browser.text("#out-now")).contains(fx.booking(person), fx.booking(other), "Traslado a ",
                "Audiencia judicial").doesNotContain("TRANSFER").doesNotContain("COURT");
        browser.open("/movements/facilities/" + from);
        browser.find("#escorts button").click();
        browser.waitForText(".notice", "Regreso registrado");
        assertThat(browser.text("main")).doesNotContain(fx.booking(other));
    }

    private int count(String table, UUID person) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", person)
                .query(Integer.class).single();
    }
}
