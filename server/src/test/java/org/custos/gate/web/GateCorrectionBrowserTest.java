package org.custos.gate.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium, in Spanish: correcting a gate entry (reason required, original kept) and recording a visit's outcome. */
@CustosTest
class GateCorrectionBrowserTest extends BrowserTestBase {

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

    private static String person(String kind, String given, String surname, String org) {
        return "{\"kind\":\"" + kind + "\",\"givenNames\":\"" + given + "\",\"firstSurname\":\"" + surname
                + "\",\"documentType\":\"PASSPORT\",\"documentNumber\":\"P" + TestData.unique().toUpperCase()
                + "\",\"documentCountry\":\"SV\",\"organisation\":\"" + org + "\"}";
    }

    @Test
    void aCorrectionNeedsAReasonAndTheLogShowsTheCorrectedNameMarked() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        String officer = users.with(Role.CUSTODY_OFFICER, Set.of(facility), null);
        Api.Response r = Api.as(port, officer).post("/api/v1/gate/entries", "{\"facilityCode\":\"" + facility
                + "\",\"person\":" + person("OFFICIAL", "Julio César", "Alvarenga", "Fiscalía General")
                + ",\"purpose\":\"Diligencia\",\"area\":\"Dirección\",\"authorizedBy\":\"Marta Elena Campos\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        UUID id = UUID.fromString(r.json().get("id").asString());

        browser.at(port).signIn(officer).open("/gate/entries/" + id);
        browser.find("#field-firstSurname").click();
        browser.type("newValue", "Alvarenga Mejía");
        browser.find("#correction-form button[type=submit]").click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.text(".error-summary")).contains("Hay un problema").contains("Este campo es obligatorio");
        assertThat(browser.text("[id='reason-error']")).contains("obligatorio");
        assertThat(browser.value("newValue")).isEqualTo("Alvarenga Mejía");

        browser.type("reason", "Segundo apellido omitido al registrar");
        browser.find("#correction-form button[type=submit]").click();
        browser.waitForText("#gate-corrected", "Corrección guardada");
        assertThat(browser.text("#entry-current")).contains("Julio César Alvarenga Mejía").containsIgnoringCase("corregido");
        assertThat(browser.text("#entry-original")).contains("Julio César Alvarenga").doesNotContain("Mejía");
        assertThat(browser.text("#correction-history")).contains("Alvarenga Mejía", "Segundo apellido omitido", officer);
        browser.screenshot("gate-entry-corrected");

        browser.open("/gate/log?facility=" + facility);
        assertThat(browser.text("#gate-log")).contains("Julio César Alvarenga Mejía").containsIgnoringCase("corregido");
        assertThat(browser.find("#gate-log a.corrected").getAttribute("href")).endsWith("/gate/entries/" + id + "#corrections");
    }

    @Test
    void aRefusalAtTheGateNeedsItsReasonOnTheVisitsPage() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        String officer = users.with(Role.CUSTODY_OFFICER, Set.of(facility), null);
        Api.Response booked = Api.as(port, officer).post("/api/v1/gate/visits", "{\"facilityCode\":\"" + facility
                + "\",\"person\":" + person("OFFICIAL", "Ricardo José", "Flores", "Asamblea Legislativa")
                + ",\"purpose\":\"Reunión\",\"area\":\"Dirección\",\"scheduledAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).plusDays(1) + "\"}");
        String visit = booked.json().get("id").asString();

        browser.at(port).signIn(officer).open("/gate/visits?facility=" + facility);
        new Select(browser.find("select[id='outcome-" + visit + "']")).selectByValue("REFUSED_AT_GATE");
        browser.find("form[action*='/gate/visits/" + visit + "/outcome'] button[type=submit]").click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.text(".error-summary")).contains("Escriba por qué se negó la entrada.");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#note-" + visit);

        browser.type("note-" + visit, "Sin autorización escrita del director");
        browser.find("form[action*='/gate/visits/" + visit + "/outcome'] button[type=submit]").click();
        browser.waitForText("#visit-concluded", "Resultado de la visita registrado");
        assertThat(browser.text("#visits")).containsIgnoringCase("Negada en la puerta");
        assertThat(browser.all("select[id='outcome-" + visit + "']")).isEmpty();
    }

    @Test
    void anEntryOfAnotherFacilityIsNotFoundOnItsPages() {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        String other = new HousingFixtures(facilities, admissions, documents).facility();
        Api.Response r = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null)).post("/api/v1/gate/entries",
                "{\"facilityCode\":\"" + facility + "\",\"person\":" + person("CONTRACTOR", "Luis", "Rivas", "Constructora")
                        + ",\"purpose\":\"Obra\",\"area\":\"Taller\",\"authorizedBy\":\"Marta Elena Campos\"}");
        String id = r.json().get("id").asString();
        browser.at(port).signIn(users.with(Role.CUSTODY_OFFICER, Set.of(other), null));
        browser.open("/gate/entries/" + id);
        assertThat(browser.text("h1")).isEqualTo("No existe o no tiene acceso");
        browser.open("/gate/entries/" + id + "/receipt");
        assertThat(browser.text("h1")).isEqualTo("No existe o no tiene acceso");
        assertThat(browser.text("main")).doesNotContain("Luis Rivas");
    }
}
