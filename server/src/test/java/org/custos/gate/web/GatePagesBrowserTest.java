package org.custos.gate.web;

import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate's pages in Chromium (issue 8, item 7): one facility chooser and every control labelled; the log and the
 * visits ask for dates with date pickers and refuse what is not a date beside the field; one message per refused
 * field; what was recorded during a surveillance outage listed with its name and the person's.
 */
@CustosTest
class GatePagesBrowserTest extends BrowserTestBase {

    /** Ids used more than once, and form controls without a label (as the page crawler finds them). */
    private static final String FORM_FACTS = """
            const counts = {};
            document.querySelectorAll('[id]').forEach(e => { counts[e.id] = (counts[e.id] || 0) + 1; });
            const unlabeled = [];
            document.querySelectorAll('input, select, textarea').forEach(e => {
              const type = (e.getAttribute('type') || '').toLowerCase();
              if (e.tagName === 'INPUT' && ['hidden', 'submit', 'button'].includes(type)) return;
              const label = (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                || e.closest('label') || (e.getAttribute('aria-label') || '').trim();
              if (!label) unlabeled.push(e.outerHTML.substring(0, 120));
            });
            return {duplicates: Object.keys(counts).filter(k => counts[k] > 1), unlabeled: unlabeled,
              choosers: document.querySelectorAll('select[name="facility"]').length};
            """;

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

    private String facility() {
        return new HousingFixtures(facilities, admissions, documents).facility();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    @Test
    void everyGatePageHasOneFacilityChooserAndEveryControlLabelled() {
        String facility = facility();
        browser.at(port).signIn(users.with(Role.WARDEN, Set.of(facility), null));
        for (String page : List.of("/gate", "/gate/visits", "/gate/log", "/gate/surveillance")) {
            browser.open(page + "?facility=" + facility);
            @SuppressWarnings("unchecked")
            Map<String, Object> facts = (Map<String, Object>) js(FORM_FACTS);
            assertThat((List<?>) facts.get("duplicates")).as(page).isEmpty();
            assertThat((List<?>) facts.get("unlabeled")).as(page).isEmpty();
            assertThat(((Number) facts.get("choosers")).intValue()).as(page).isEqualTo(1);
        }
    }

    @Test
    void theLogAsksForADayWithADatePickerAndRefusesWhatIsNotADayBesideTheField() {
        String facility = facility();
        browser.at(port).signIn(users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        browser.open("/gate/log?facility=" + facility);
        assertThat(browser.find("#date").getDomAttribute("type")).isEqualTo("date");
        assertThat(browser.text("label[for=date]")).isEqualTo("Día");
        assertThat(browser.all(".error-summary")).isEmpty();

        browser.open("/gate/log?facility=" + facility + "&date=2026-02-30");
        assertThat(browser.text("#date-error")).isEqualTo("Escriba una fecha válida.");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#date");
        assertThat(browser.all("#gate-log, #csv-link")).isEmpty();

        browser.open("/gate/log?facility=" + facility + "&date=1850-01-01");
        assertThat(browser.text("#date-error")).startsWith("La fecha no puede ser anterior al");
        browser.open("/gate/log?facility=" + facility + "&date=" + java.time.LocalDate.now().plusDays(3));
        assertThat(browser.text("#date-error")).contains("futuro");
        browser.screenshot("gate-log-date-refused");
    }

    @Test
    void aVisitorWithOneNameGetsOneMessageForTheMissingSurnameAndATimeThatIsNotOneIsNamed() {
        String facility = facility();
        browser.at(port).signIn(users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        browser.open("/gate/visits?facility=" + facility);
        assertThat(browser.find("#scheduledAt").getDomAttribute("type")).isEqualTo("datetime-local");
        assertThat(browser.text("label[for=scheduledAt]")).isEqualTo("Fecha y hora");
        new Select(browser.find("select[id='person.kind']")).selectByValue("VISITOR");
        browser.type("person.givenNames", "Juan");
        new Select(browser.find("select[id='person.documentType']")).selectByValue("DUI");
        browser.type("person.documentNumber", "D" + TestData.unique()).type("purpose", "Visita familiar")
                .type("area", "Locutorio");
        // a browser without a date and time picker sends what was typed
        js("const i = document.getElementById('scheduledAt'); i.type = 'text'; i.value = 'mañana a las diez';");
        browser.find("#scheduledAt").submit();
        browser.waitForText(".error-summary", "Hay un problema");
        List<String> anchors = browser.all(".error-summary a").stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(anchors).as(browser.text(".error-summary"))
                .containsExactlyInAnyOrder("#person.firstSurname", "#scheduledAt");
        for (String anchor : anchors) {
            assertThat(browser.all("[id='" + anchor.substring(1) + "']")).as(anchor).hasSize(1);
        }
        assertThat(browser.all(".error-message")).hasSize(2);
        assertThat(browser.text("[id='person.firstSurname-error']"))
                .isEqualTo("Escriba el nombre completo: nombres y primer apellido.");
        assertThat(browser.text("#scheduledAt-error")).isEqualTo("Escriba una fecha y una hora válidas.");
        assertThat(browser.value("person.givenNames")).isEqualTo("Juan");
        browser.screenshot("gate-visit-one-name");

        browser.open("/gate?facility=" + facility);
        new Select(browser.find("select[id='person.kind']")).selectByValue("VISITOR");
        browser.type("person.givenNames", "Juan");
        new Select(browser.find("select[id='person.documentType']")).selectByValue("DUI");
        browser.type("person.documentNumber", "D" + TestData.unique()).type("purpose", "Visita familiar")
                .type("area", "Locutorio");
        browser.find("#entry-form button[type=submit]").click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.all(".error-summary a").stream().map(a -> a.getDomAttribute("href")).toList())
                .as(browser.text(".error-summary")).containsExactly("#person.firstSurname", "#authorizedBy");
        // each field its own message: the visitor's surname, the official who authorizes
        assertThat(browser.all(".error-summary a").stream().map(WebElement::getText).distinct()).hasSize(2);
        assertThat(browser.text("[id='authorizedBy-error']"))
                .isEqualTo("Escriba el nombre completo (nombre y apellido) de quien autoriza.");
        assertThat(browser.all(".error-message")).hasSize(2);
        assertThat(browser.all("select")).hasSize(3);
    }

    @Test
    void whatWasRecordedDuringAnOutageIsListedWithItsNameAndThePersons() {
        String facility = facility();
        browser.at(port).signIn(users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        browser.open("/gate/surveillance?facility=" + facility);
        browser.type("device", "Grabadora NVR-1").type("reason", "Corte de energía");
        browser.find("#device").submit();
        browser.waitForText("#outages", "Grabadora NVR-1");

        browser.open("/gate?facility=" + facility);
        new Select(browser.find("select[id='person.kind']")).selectByValue("VISITOR");
        browser.type("person.givenNames", "Rosa Amelia").type("person.firstSurname", "Quintanilla");
        new Select(browser.find("select[id='person.documentType']")).selectByValue("DUI");
        browser.type("person.documentNumber", "D" + TestData.unique()).type("purpose", "Visita familiar")
                .type("area", "Locutorio").type("authorizedBy", "Marta Elena Campos");
        browser.find("#entry-form button[type=submit]").click();
        browser.waitForText("#gate-recorded", "Entrada registrada");
        assertThat(browser.text("#inside")).containsIgnoringCase("vigilancia fuera de servicio");

        browser.open("/gate/surveillance?facility=" + facility);
        List<String> header = browser.all("#during thead th").stream().map(WebElement::getText).toList();
        assertThat(header).containsExactly("Fecha y hora", "Hecho", "Persona", "Equipo (cámara, grabadora)",
                "Área sin vigilancia", "Registró");
        String during = browser.text("#during tbody");
        assertThat(during).contains("Entrada por la puerta", "Rosa Amelia Quintanilla", "Grabadora NVR-1",
                "Todo el centro").doesNotContain("GateEntryRecorded");
        browser.screenshot("gate-events-during-outage");
    }
}
