package org.custos.gate.web;

import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.OrderDocuments;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate officer's pages in Chromium, in Spanish: refusals, entry and exit in the day's log, the receipt. */
@CustosTest
class GateBrowserTest extends BrowserTestBase {

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

    private String officerAt(String facility) {
        String officer = users.with(Role.CUSTODY_OFFICER, Set.of(facility), null);
        browser.at(port).signIn(officer).open("/gate?facility=" + facility);
        return officer;
    }

    private void fill(String kind, String given, String surname, String doc, String org) {
        new Select(browser.find("select[id='person.kind']")).selectByValue(kind);
        browser.type("person.givenNames", given).type("person.firstSurname", surname);
        new Select(browser.find("select[id='person.documentType']")).selectByValue("DUI");
        browser.type("person.documentNumber", doc).type("person.documentCountry", "SV")
                .type("person.organisation", org).type("purpose", "Inspección no anunciada")
                .type("area", "Dirección").type("authorizedBy", "Marta Elena Campos");
    }

    @Test
    void anOfficialWithoutASurnameIsRefusedInSpanishAndTheFormKeepsWhatWasTyped() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        officerAt(facility);
        fill("OFFICIAL", "Carlos Alberto", "", "D" + TestData.unique(), "Ministerio de Justicia");
        browser.find("#entry-form button[type=submit]").click();
        assertThat(browser.text(".error-summary")).contains("Hay un problema")
                .contains("Escriba el nombre completo: nombres y primer apellido.");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#person.firstSurname");
        assertThat(browser.text("[id='person.firstSurname-error']")).contains("nombre completo");
        assertThat(browser.value("person.givenNames")).isEqualTo("Carlos Alberto");
        assertThat(browser.value("person.organisation")).isEqualTo("Ministerio de Justicia");
        browser.screenshot("gate-entry-error");
    }

    @Test
    void anEntryAndItsExitAppearInTheDaysLogAndTheReceiptPrints() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        officerAt(facility);
        fill("OFFICIAL", "Mauricio Ernesto", "Pineda Ávalos", "D" + TestData.unique(), "Ministerio de Seguridad");
        browser.find("#entry-form button[type=submit]").click();
        browser.waitForText("#gate-recorded", "Entrada registrada");
        assertThat(browser.text("#inside")).contains("Mauricio Ernesto Pineda Ávalos");
        browser.screenshot("gate-officer");

        browser.find("#receipt-link").click();
        browser.waitForText("#receipt-body", "c2sp.org/tlog-proof@v1");
        assertThat(browser.text("#receipt-who")).contains("Mauricio Ernesto Pineda Ávalos", "Funcionario");
        assertThat(browser.text("#receipt-index")).matches("\\d+");
        assertThat(browser.text("#receipt-body")).contains("custos verify-receipt", "Cómo verificarlo");
        assertThat(browser.all("#receipt-download")).hasSize(1);
        browser.screenshot("gate-receipt");

        browser.open("/gate?facility=" + facility);
        browser.driver().findElement(By.cssSelector("#inside button[type=submit]")).click();
        browser.waitForText("#gate-exited", "Salida registrada");
        assertThat(browser.all("#inside")).isEmpty();

        browser.open("/gate/log?facility=" + facility);
        String log = browser.text("#gate-log");
        assertThat(log).contains("Entrada", "Salida", "Mauricio Ernesto Pineda Ávalos", "Marta Elena Campos");
        assertThat(browser.all("#gate-log tbody tr")).hasSize(2);
        browser.screenshot("gate-log");

        browser.signIn(users.with(Role.WARDEN, Set.of(facility), null)).open("/");
        assertThat(browser.text("#gate-panel")).contains("Puerta");
    }
}
