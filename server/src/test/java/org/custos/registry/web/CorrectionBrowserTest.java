package org.custos.registry.web;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Correcting a detail of a file in a real browser: the reason is required; the history shows it. */
@CustosTest
class CorrectionBrowserTest extends BrowserTestBase {

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
    void aCorrectionNeedsAReasonAndAppearsInTheHistory() {
        String token = TestData.unique();
        String clerk = users.with(Role.RECORDS_CLERK);
        String facility = RegistryFixtures.facility(facilities, "Centro Corrección " + token);
        Admitted admitted = RegistryFixtures.admit(admissions, documents, facility, "Jose", "Guzman" + token, "Ruiz",
                clerk);

        browser.at(port).signIn(clerk);
        browser.open("/persons/" + admitted.personId() + "?purpose=RECORDS");
        assertThat(browser.text("#corrections + p")).isEqualTo("Ninguna corrección.");
        browser.find("a[href$='/correction']").click();
        assertThat(browser.text("h1")).isEqualTo("Corregir un dato");

        browser.find("#field-givenNames").click();
        browser.type("newValue", "José");
        browser.find("form[action$='/correction'] button[type=submit]").click();
        assertThat(browser.text(".error-summary")).contains("Este campo es obligatorio");
        assertThat(browser.find("#field-givenNames").isSelected()).isTrue();
        assertThat(browser.value("newValue")).isEqualTo("José");

        browser.type("reason", "Error de escritura; el DUI lleva tilde");
        browser.find("form[action$='/correction'] button[type=submit]").click();

        assertThat(browser.text(".notice")).contains("Corrección guardada: Nombres");
        assertThat(browser.text("h1")).isEqualTo("José Guzman" + token + " Ruiz");
        String history = browser.text("table.corrections tbody");
        assertThat(history).contains("Nombres").contains("Jose").contains("José")
                .contains("Error de escritura; el DUI lleva tilde").contains(clerk);
    }
}
