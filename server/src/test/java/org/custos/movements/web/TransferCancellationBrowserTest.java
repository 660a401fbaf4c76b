package org.custos.movements.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a warden cancels a pending transfer from the facility's movements page. A blank reason is refused
 * beside the field in Spanish, a too long one in English, nothing written; a transfer that departed after the page
 * was opened comes back as a message on the page; with a reason, the cancellation is appended with it and the
 * transfer leaves the awaiting list (POST-redirect-GET: the movements page with its notice).
 */
@CustosTest
class TransferCancellationBrowserTest extends BrowserTestBase {

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
    void aWardenCancelsAPendingTransferWithAReason() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String from = fx.facility();
        String to = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        UUID cell = HousingFixtures.cell(admin, HousingFixtures.unit(admin, from), "C1", 40, 10);
        String warden = users.with(Role.WARDEN, Set.of(from), null);
        Api api = Api.as(port, warden);
        UUID person = fx.admit(from, LegalStatusKind.UNTRIED);
        UUID other = fx.admit(from, LegalStatusKind.UNTRIED);
        HousingFixtures.place(api, person, cell, null);
        HousingFixtures.place(api, other, cell, null);
        String transfer = authorize(api, person, to);
        String departing = authorize(api, other, to);

        browser.at(port).signIn(warden).open("/movements/facilities/" + from);
        browser.find("a[href$='/movements/transfers/" + transfer + "/cancellation']").click();
        browser.waitForText("h1", "Cancelar un traslado");
        assertThat(browser.text("#transferId")).contains(fx.booking(person), to, "Marta López (madre)");
        browser.find("#cancel-form button").click();
        browser.waitForText(".error-summary", "Este campo es obligatorio");
        assertThat(browser.text("#reason-error")).isEqualTo("Este campo es obligatorio.");
        assertThat(status()).isEqualTo(422);
        assertThat(cancellations(transfer)).isZero();

        browser.open("/movements/transfers/" + transfer + "/cancellation?lang=en");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('reason').value = 'x'.repeat(1001)");
        browser.find("#cancel-form button").click();
        browser.waitForText(".error-summary", "Too long");
        assertThat(browser.text("#reason-error")).isEqualTo("Too long (at most 1,000 characters).");
        assertThat(browser.text("h1")).isEqualTo("Cancel a transfer");
        assertThat(cancellations(transfer)).isZero();

        browser.open("/movements/transfers/" + departing + "/cancellation?lang=es");
        assertThat(api.post("/api/v1/transfers/" + departing + "/departure", "{}").status()).isEqualTo(200);
        browser.type("reason", "Orden revocada");
        browser.find("#cancel-form button").click();
        browser.waitForText(".error-summary", "El traslado ya salió.");
        assertThat(status()).isEqualTo(409);
        assertThat(browser.text("#transferId")).contains("ya no está pendiente");
        assertThat(browser.all("#cancel-form")).isEmpty();
        assertThat(cancellations(departing)).isZero();
        browser.screenshot("movements-cancel-departed");

        browser.open("/movements/transfers/" + transfer + "/cancellation");
        browser.type("reason", "Resolución judicial revoca el traslado");
        browser.find("#cancel-form button").click();
        browser.waitForText(".notice", "Traslado cancelado");
        assertThat(browser.path()).isEqualTo("/movements/facilities/" + from + "?cancelled");
        assertThat(browser.text("main")).doesNotContain(fx.booking(person));
        assertThat(jdbc.sql("select reason from transfer_cancellation where transfer_id = :t")
                .param("t", UUID.fromString(transfer)).query(String.class).single())
                .isEqualTo("Resolución judicial revoca el traslado");
        browser.screenshot("movements-cancelled");
    }

    private static String authorize(Api warden, UUID person, String to) {
        String notified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(4).toString();
        Api.Response r = warden.post("/api/v1/transfers", "{\"personId\":\"" + person + "\",\"toFacility\":\"" + to
                + "\",\"reason\":\"Descongestión\",\"authorizedBy\":\"Director General\",\"familyNotification\":"
                + "{\"notifiedPerson\":\"Marta López (madre)\",\"means\":\"teléfono\",\"notifiedAt\":\"" + notified + "\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** The HTTP status of the page shown (the answer to the form's POST). */
    private long status() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus")).longValue();
    }

    private int cancellations(String transfer) {
        return jdbc.sql("select count(*) from transfer_cancellation where transfer_id = :t")
                .param("t", UUID.fromString(transfer)).query(Integer.class).single();
    }
}
