package org.custos.registry.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.OrderDocuments;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium, in Spanish: a change of legal status, a release (refused without legal basis), a re-admission. */
@CustosTest
class StatusBrowserTest extends BrowserTestBase {

    static final ZoneId ZONE = ZoneId.of("America/El_Salvador");
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @LocalServerPort
    int port;

    @Test
    void aPersonIsConvictedReleasedOnlyWithALegalBasisAndReadmitted() throws Exception {
        String token = TestData.unique();
        String facility = RegistryFixtures.facility(facilities, "Centro Situación " + token);
        String other = RegistryFixtures.facility(facilities, "Centro Ajeno " + token);
        String clerk = users.with(Role.RECORDS_CLERK, Set.of(facility), null);
        Admitted admitted = RegistryFixtures.admit(admissions, documents, facility, "Rafael", "Quintanilla" + token,
                "Mejía", clerk);
        browser.at(port).signIn(clerk).open("/persons/" + admitted.personId() + "?purpose=RECORDS");
        assertThat(browser.all("a.order-document")).hasSize(1);

        browser.find("a[href$='/legal-status']").click();
        browser.find("#kind-CONVICTED").click();
        ZonedDateTime now = ZonedDateTime.now(ZONE).minusMinutes(5);
        browser.type("effectiveAt", now.format(RegistryFixturesDates.DAY))
                .type("effectiveTime", now.format(DateTimeFormatter.ofPattern("HH:mm")))
                .type("basis", "Sentencia condenatoria firme, Tribunal 1.º de Sentencia");
        browser.find("form[action$='/legal-status'] button[type=submit]").click();
        assertThat(browser.text(".notice")).contains("Situación jurídica cambiada");
        assertThat(browser.text("main")).contains("Condenado");

        browser.find("a[href$='/release']").click();
        browser.type("authority", "Juzgado 1.º de Vigilancia Penitenciaria")
                .type("releasedAt", now.format(RegistryFixturesDates.DAY))
                .type("releasedTime", now.plusMinutes(2).format(DateTimeFormatter.ofPattern("HH:mm")))
                .type("destination", "Domicilio familiar, Soyapango");
        browser.find("form[action$='/release'] button[type=submit]").click();
        assertThat(browser.text(".error-summary")).contains("Hay un problema").contains("Este campo es obligatorio");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#legalBasis");
        assertThat(browser.text("[id='legalBasis-error']")).contains("obligatorio");
        assertThat(browser.value("authority")).isEqualTo("Juzgado 1.º de Vigilancia Penitenciaria");
        browser.screenshot("release-form-errors");

        browser.type("legalBasis", "Cumplimiento de la pena");
        browser.find("form[action$='/release'] button[type=submit]").click();
        assertThat(browser.text(".notice")).contains("Excarcelación registrada");
        assertThat(browser.all("a[href$='/release']")).isEmpty();

        browser.find("#readmit").click();
        assertThat(browser.text("#readmission")).contains("Rafael Quintanilla" + token, admitted.bookingNumber());
        assertThat(browser.all("[id='person.givenNames']")).isEmpty();
        fillOrder();
        ((JavascriptExecutor) browser.driver()).executeScript("var s = document.getElementById('facilityCode');"
                + "var o = document.createElement('option'); o.value = arguments[0]; o.text = arguments[0];"
                + "s.add(o); s.value = arguments[0];", other);
        browser.find("form[action$='/admissions'] button[type=submit]").click();
        assertThat(browser.text(".error-summary")).contains("No puede admitir en ese centro");

        new Select(browser.find("select[id='facilityCode']")).selectByValue(facility);
        browser.find("form[action$='/admissions'] button[type=submit]").click();
        assertThat(browser.waitForPath("/persons/" + admitted.personId())).startsWith("/persons/" + admitted.personId());
        assertThat(browser.text(".notice")).contains(admitted.bookingNumber());
        assertThat(browser.all("a[href$='/release']")).hasSize(1);
    }

    private void fillOrder() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        browser.type("admittedAt", now.format(RegistryFixturesDates.DAY))
                .type("admittedTime", now.minusMinutes(1).format(DateTimeFormatter.ofPattern("HH:mm")));
        browser.type("arrestedAt", now.minusDays(1).format(RegistryFixturesDates.DAY)).type("arrestedTime", "09:15");
        browser.type("arrestPlace", "San Martín, San Salvador");
        browser.type("commitmentOrder.issuingAuthority", "Juzgado de Paz de San Martín");
        browser.type("commitmentOrder.court", "Juzgado de Paz de San Martín");
        browser.type("commitmentOrder.caseNumber", "JP-" + TestData.unique());
        browser.type("commitmentOrder.legalBasis", "Art. 329 CPP");
        browser.type("commitmentOrder.issuedOn", now.minusDays(1).format(RegistryFixturesDates.DAY));
        browser.find("#orderDocument").sendKeys(RegistryFixtures.pdfFile().toAbsolutePath().toString());
        browser.find("#legalStatus\\.kind-UNTRIED").click();
        browser.type("visibleInjuries", "ninguna").type("illTreatmentComplaints", "ninguna");
        browser.type("property[0].description", "cinturón").type("property[0].quantity", "1");
        browser.type("emergencyContact.name", "Rosa Mejía").type("emergencyContact.relationship", "madre")
                .type("emergencyContact.phone", "+503 7123-4567");
    }

    /** The date format of the forms. */
    static final class RegistryFixturesDates {
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    }
}
