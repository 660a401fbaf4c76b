package org.custos.registry.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The admission form in a real browser: a complete admission, and a refused one explained in Spanish. */
@CustosTest
class AdmissionBrowserTest extends BrowserTestBase {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @LocalServerPort
    int port;
    String facility;

    @BeforeEach
    void signIn() {
        facility = RegistryFixtures.facility(facilities, "Centro Penal de Prueba " + TestData.unique());
        browser.at(port).signIn(users.with(Role.RECORDS_CLERK));
    }

    @Test
    void aClerkAdmitsAPersonAndLandsOnTheirRecord() throws Exception {
        String surname = "Muñoz" + TestData.unique();
        browser.open("/admissions/new");
        fillIdentity("José Ángel", surname, "Peña");
        browser.type("person.documents[0].number", RegistryFixtures.dui());
        new Select(browser.find("select[id='person.documents[0].type']")).selectByValue("DUI");
        new Select(browser.find("select[id='person.documents[0].issuingCountry']")).selectByValue("SV");
        fillTheRest(RegistryFixtures.pdfFile());
        browser.find("form[action$='/admissions'] button[type=submit]").click();

        assertThat(browser.path()).startsWith("/persons/");
        assertThat(browser.text(".notice")).contains("Persona admitida con el número de expediente");
        assertThat(browser.text("h1")).isEqualTo("José Ángel " + surname + " Peña");
        assertThat(browser.text("main")).contains("Procesado").contains("Art. 329 CPP").contains("1 × reloj de pulsera")
                .contains("Ana " + surname + " (hija, 6 años)").contains("lo cuida su abuela");
        browser.screenshot("person-record");
    }

    @Test
    void aRefusedAdmissionIsExplainedInSpanishAndKeepsWhatWasTyped() {
        String surname = "Hernández" + TestData.unique();
        String badDui = RegistryFixtures.duiWithWrongCheckDigit();
        browser.open("/admissions/new");
        fillIdentity("María José", surname, "López");
        new Select(browser.find("select[id='person.documents[0].type']")).selectByValue("DUI");
        browser.type("person.documents[0].number", badDui);
        new Select(browser.find("select[id='person.documents[0].issuingCountry']")).selectByValue("SV");
        browser.find("form[action$='/admissions'] button[type=submit]").click();

        assertThat(browser.text(".error-summary h2")).isEqualTo("Hay un problema");
        String summary = browser.text(".error-summary");
        assertThat(summary).containsIgnoringCase("dígito verificador").contains("Documento 1, Número:")
                .contains("Orden de detención:").contains("Lugar de la detención: Este campo es obligatorio.");
        assertThat(browser.find(".error-summary a[href='#person.documents[0].number']").getText()).isNotBlank();
        assertThat(browser.find(".error-summary a[href='#commitmentOrder']").getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.id("person.documents[0].number-error")).getText())
                .containsIgnoringCase("dígito verificador");
        assertThat(browser.driver().findElement(By.id("commitmentOrder")).getText()).isNotBlank();

        assertThat(browser.value("person.givenNames")).isEqualTo("María José");
        assertThat(browser.value("person.firstSurname")).isEqualTo(surname);
        assertThat(browser.value("person.documents[0].number")).isEqualTo(badDui);
        assertThat(browser.value("person.dateOfBirth")).isEqualTo("15/03/1990");
        assertThat(browser.find("#person\\.sex-FEMALE").isSelected()).isTrue();

        browser.screenshot("admission-form-errors");
        browser.find(".error-summary a[href='#person.documents[0].number']").click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("person.documents[0].number");

        browser.follow("a[hreflang=en]");
        assertThat(browser.text("h1")).as("the other language of a form shown with its errors is the form, not a 405")
                .isEqualTo("Admit a person");
    }

    @Test
    void aDocumentOfSomeoneElseLinksToTheirFile() throws Exception {
        String surname = "Quintanilla" + TestData.unique();
        String dui = RegistryFixtures.dui();
        browser.open("/admissions/new");
        fillIdentity("José Ángel", surname, "Peña");
        new Select(browser.find("select[id='person.documents[0].type']")).selectByValue("DUI");
        browser.type("person.documents[0].number", dui);
        new Select(browser.find("select[id='person.documents[0].issuingCountry']")).selectByValue("SV");
        fillTheRest(RegistryFixtures.pdfFile());
        browser.follow("form[action$='/admissions'] button[type=submit]");
        String holderFile = browser.path();
        assertThat(holderFile).startsWith("/persons/");

        browser.open("/admissions/new");
        fillIdentity("Carlos", "Otro" + TestData.unique(), "Ruiz");
        new Select(browser.find("select[id='person.documents[0].type']")).selectByValue("DUI");
        browser.type("person.documents[0].number", dui);
        new Select(browser.find("select[id='person.documents[0].issuingCountry']")).selectByValue("SV");
        fillTheRest(RegistryFixtures.pdfFile());
        browser.follow("form[action$='/admissions'] button[type=submit]");

        assertThat(browser.text(".error-summary")).contains("Ese documento ya figura a nombre de otra persona.");
        assertThat(browser.text("#holder-0")).contains("José Ángel " + surname).contains("abrir su ficha");
        browser.follow("#holder-0 a");
        assertThat(browser.path()).as("the holder's file (asking for the purpose first)")
                .startsWith(holderFile.substring(0, holderFile.indexOf('?') < 0 ? holderFile.length() : holderFile.indexOf('?')));
    }

    private void fillIdentity(String given, String first, String second) {
        browser.type("person.givenNames", given).type("person.firstSurname", first).type("person.secondSurname", second);
        browser.find(given.startsWith("María") ? "#person\\.sex-FEMALE" : "#person\\.sex-MALE").click();
        browser.type("person.dateOfBirth", "15/03/1990");
        new Select(browser.find("select[id='facilityCode']")).selectByValue(facility);
    }

    private void fillTheRest(Path order) {
        LocalDate today = LocalDate.now(ZoneId.of("America/El_Salvador"));
        browser.type("arrestedAt", today.minusDays(1).format(DAY)).type("arrestedTime", "09:15");
        browser.type("arrestPlace", "Soyapango, colonia Las Margaritas");
        browser.type("commitmentOrder.issuingAuthority", "Juzgado Especializado de Instrucción de San Salvador");
        browser.type("commitmentOrder.court", "Juzgado Especializado de Instrucción A");
        browser.type("commitmentOrder.caseNumber", "JEI-" + TestData.unique());
        browser.type("commitmentOrder.legalBasis", "Art. 329 CPP");
        browser.type("commitmentOrder.issuedOn", today.minusDays(1).format(DAY));
        browser.find("#orderDocument").sendKeys(order.toAbsolutePath().toString());
        browser.find("#legalStatus\\.kind-UNTRIED").click();
        browser.type("visibleInjuries", "ninguna").type("illTreatmentComplaints", "ninguna");
        browser.type("property[0].description", "reloj de pulsera").type("property[0].quantity", "1");
        String surname = browser.value("person.firstSurname");
        browser.type("family[0].name", "Ana " + surname).type("family[0].relationship", "hija")
                .type("family[0].age", "6").type("family[0].carer", "su abuela");
        browser.type("emergencyContact.name", "Rosa Peña").type("emergencyContact.relationship", "madre")
                .type("emergencyContact.phone", "+503 7123-4567");
    }
}
