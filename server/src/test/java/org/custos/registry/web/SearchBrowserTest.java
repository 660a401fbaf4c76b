package org.custos.registry.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** Finding a person in a real browser: live results as one types, the purpose asked before the file, CSV. */
@CustosTest
class SearchBrowserTest extends BrowserTestBase {

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
    void aPartialSurnameWithoutAccentsFindsThePersonAndTheFileAsksWhy() {
        String token = TestData.unique();
        String clerk = users.with(Role.RECORDS_CLERK);
        String facility = RegistryFixtures.facility(facilities, "Centro de Prueba " + token);
        Admitted admitted = RegistryFixtures.admit(admissions, documents, facility, "José Ñandú <script>alert(1)</script>",
                "Castañeda" + token, "Pérez", clerk);
        RegistryFixtures.admit(admissions, documents, facility, "Ana Lucía", "Martínez" + token, null, clerk);

        browser.at(port).signIn(users.with(Role.MONITOR));
        browser.open("/persons");
        String partial = "CASTANEDA" + token.toUpperCase().substring(0, token.length() - 1);
        browser.type("q", partial);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("q=" + partial));
        browser.settle().waitForText("#results", admitted.bookingNumber()).settle();
        String row = browser.text("#results tbody tr");
        assertThat(row).contains(admitted.bookingNumber()).contains("José Ñandú <script>alert(1)</script> Castañeda")
                .contains("12/04/1991").contains("El Salvador").contains("PROCESADO").contains("Centro de Prueba");
        assertThat(browser.all("#results tbody tr")).hasSize(1);
        browser.screenshot("search-results");

        browser.find("#results a.person-link").click();
        browser.waitForText("h1", "¿Por qué abre este expediente?");
        browser.find("main form button[type=submit]").click();
        browser.waitForText(".error-summary", "Elija el motivo");
        browser.find("#purpose-OVERSIGHT").click();
        browser.find("main form button[type=submit]").click();
        browser.waitForText("h1", "José Ñandú");
        assertThat(browser.text("h1")).isEqualTo("José Ñandú <script>alert(1)</script> Castañeda" + token + " Pérez");
        assertThat(browser.text("#access-log + table")).contains("Supervisión o inspección");

        String file = browser.path();
        browser.follow("a[hreflang=en]");
        assertThat(browser.path()).as("the other language keeps the purpose: the file, not the question again")
                .startsWith(file.substring(0, file.indexOf('?'))).contains("purpose=").contains("lang=en");
        assertThat(browser.text("h1")).isEqualTo("José Ñandú <script>alert(1)</script> Castañeda" + token + " Pérez");
    }

    @Test
    void theHomeFiguresOpenTheListTheyCount() {
        String token = TestData.unique();
        String clerk = users.with(Role.RECORDS_CLERK);
        String facility = RegistryFixtures.facility(facilities, "Centro de Lista " + token);
        RegistryFixtures.admit(admissions, documents, facility, "Marta", "Lista" + token, null, clerk);
        browser.at(port).signIn(users.with(Role.WARDEN, java.util.Set.of(facility), null));
        browser.open("/");
        browser.follow("a[href*='held=held']");
        assertThat(browser.all("#results tbody tr")).as("held now: the list, not the empty search").hasSize(1);
        assertThat(browser.text("#results tbody tr")).contains("Lista" + token);
    }

    @Test
    void theSearchWorksWithoutJavaScriptAndExportsCsv() throws Exception {
        String token = TestData.unique();
        String clerk = users.with(Role.RECORDS_CLERK);
        String facility = RegistryFixtures.facility(facilities, "Centro CSV " + token);
        Admitted admitted = RegistryFixtures.admit(admissions, documents, facility, "Óscar", "Ramírez" + token,
                "=HYPERLINK(\"x\")", clerk);

        browser.at(port).signIn(users.with(Role.WARDEN));
        browser.open("/persons?q=ramirez" + token);
        assertThat(browser.text("#results")).contains(admitted.bookingNumber()).contains("1 persona");

        String href = browser.find("#results a[href*='persons.csv']").getAttribute("href");
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("booking_number,given_names").contains(admitted.bookingNumber())
                .contains("Óscar,Ramírez" + token + ",\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
