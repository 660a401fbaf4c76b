package org.custos.gate;

import java.util.List;
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
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.gate.GateFixtures.doc;
import static org.custos.gate.GateFixtures.entry;
import static org.custos.gate.GateFixtures.person;

/** The receipt's print button works under the Content-Security-Policy (no inline handler). */
@CustosTest
class ReceiptPrintBrowserTest extends BrowserTestBase {

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

    @Test
    void thePrintButtonOpensThePrintDialogWithoutAnyCspViolation() throws Exception {
        String facility = new HousingFixtures(facilities, admissions, documents).facility();
        String officer = users.with(Role.CUSTODY_OFFICER, Set.of(facility), null);
        Api api = Api.as(port, officer);
        UUID id = GateFixtures.enter(api, entry(facility, person("OFFICIAL", "Ana", "Molina", doc(), "Ministerio"),
                null, "Dirección"));
        assertThat(GateFixtures.receipt(api, id).status()).isEqualTo(200);

        browser.at(port).signIn(officer).open("/gate/entries/" + id + "/receipt");
        browser.waitForText("#receipt-text", "c2sp.org/tlog-proof@v1");
        browser.driver().manage().logs().get(LogType.BROWSER);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.__printed = 0; window.__violations = [];"
                + "window.print = function () { window.__printed++; };"
                + "document.addEventListener('securitypolicyviolation', function (e) {"
                + " window.__violations.push(e.violatedDirective); });");
        browser.find("ul.actions button").click();

        assertThat(((Number) js.executeScript("return window.__printed;")).intValue()).isEqualTo(1);
        assertThat((List<?>) js.executeScript("return window.__violations;")).isEmpty();
        List<String> console = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(console).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
