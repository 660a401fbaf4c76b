package org.custos.agreements.web;

import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, in Spanish: the agreement administrator records an agreement through the form (a refused amount is
 * a field message in Spanish with the error summary, and nothing is written), reads its terms in words, amends it
 * (version 2 with its reason and author beside version 1); a liaison of another state gets the application's 404
 * page for it and does not see it in the list.
 */
@CustosTest
class AgreementPagesBrowserTest extends BrowserTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void recordAmendAndHideFromAnotherStatesLiaison() {
        String facility = RegistryFixtures.facility(facilities);
        String administrator = users.with(Role.AGREEMENT_ADMINISTRATOR);
        String code = ("US-SV-" + TestData.unique()).toUpperCase(java.util.Locale.ROOT);
        browser.at(port).signIn(administrator).open("/agreements?lang=es");
        browser.find("#new-agreement").click();
        browser.waitForPath("/agreements/new");
        browser.type("code", code).type("terms.title", "Notas diplomáticas de prueba")
                .type("terms.sendingState", "US").type("terms.sendingAuthority", "Departamento de Estado")
                .type("terms.receivingAuthority", "Dirección General de Centros Penales")
                .type("terms.signedOn", "14/03/2025").type("terms.effectiveFrom", "15/03/2025")
                .type("terms.durationMonths", "12").type("terms.places", "300")
                .type("terms.fee.amount", "cuarenta").type("terms.fee.currency", "USD").type("terms.paymentDays", "30")
                .type("terms.law.jurisdiction", "Tribunales de los Estados Unidos")
                .type("terms.law.complaintRoute", "Procuraduría para la Defensa de los Derechos Humanos")
                .type("terms.eligibility.version", "US-SV-2025.1");
        click("terms.facilities-" + facility);
        click("terms.billedSeparately-TRANSPORT");
        click("terms.eligibility.acceptedStatuses-FINALLY_CONVICTED");
        select("terms.fee.model", "PER_PLACE_DAY");
        select("terms.invoicingPeriod", "MONTHLY");
        select("terms.law.releaseDateRules", "US");
        select("terms.eligibility.returnRule", "DEPORT_AT_END");
        browser.find("#save").click();

        browser.waitForText(".error-summary", "Importe: Escriba un importe con cifras");
        assertThat(browser.text("#terms\\.fee\\.amount-error")).isEqualTo("Escriba un importe con cifras, por ejemplo 43,47.");
        assertThat(browser.value("terms.title")).isEqualTo("Notas diplomáticas de prueba");
        assertThat(browser.driver().findElement(By.id("terms.facilities-" + facility)).isSelected()).isTrue();
        assertThat(count(code)).isZero();
        browser.screenshot("agreement-form-errors");

        browser.type("terms.fee.amount", "43,47");
        browser.find("#save").click();
        browser.waitForText("#recorded", "Convenio registrado");
        UUID id = UUID.fromString(browser.path().replaceAll("^/agreements/([0-9a-f-]{36}).*$", "$1"));
        assertThat(count(code)).isEqualTo(1);
        assertThat(browser.text("#term")).isEqualTo("Del 15/03/2025 al 14/03/2026 (12 meses)");
        assertThat(browser.text("#fee")).isEqualTo("43,47 USD, por plaza-día ocupada");
        assertThat(browser.text("#accepted")).isEqualTo("condena firme");
        assertThat(browser.text("#law")).contains("Estados Unidos (federal)");
        assertThat(browser.text("#version-1")).contains(administrator, "Texto original");

        browser.find("#amend").click();
        browser.waitForPath("/agreements/" + id + "/amendment");
        assertThat(browser.value("terms.fee.amount")).isEqualTo("43.47");
        browser.type("reason", "Segunda nota: 50 plazas más").type("terms.places", "350");
        browser.find("#save").click();
        browser.waitForText("#amended", "la versión 2 es la vigente");
        assertThat(browser.text("#places")).contains("350");
        assertThat(browser.text("#version-2")).contains("Segunda nota: 50 plazas más", administrator);
        assertThat(browser.text("#version-1")).contains("300", "Texto original");
        assertThat(jdbc.sql("select count(*) from agreement_version where agreement_id = :a").param("a", id)
                .query(Long.class).single()).isEqualTo(2);
        browser.screenshot("agreement-page");

        String dutchLiaison = users.with(Role.LIAISON, Set.of(), "NL");
        browser.signIn(dutchLiaison).open("/agreements/" + id + "?lang=es");
        assertThat(browser.text("h1")).isEqualTo("No existe o no tiene acceso");
        assertThat(browser.all("header.site-header")).hasSize(1);
        browser.open("/agreements");
        assertThat(browser.driver().getPageSource()).doesNotContain(code);
        String usLiaison = users.with(Role.LIAISON, Set.of(), "US");
        browser.signIn(usLiaison).open("/agreements/" + id);
        assertThat(browser.text("#fee")).isEqualTo("43,47 USD, por plaza-día ocupada");
        assertThat(browser.all("#amend")).isEmpty();
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    private void select(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    private long count(String code) {
        return jdbc.sql("select count(*) from agreement where code = :c").param("c", code).query(Long.class).single();
    }
}
