package org.custos.pages;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oversight register forms in Chromium, in Spanish and English: reached from the console (monitor, warden) or
 * the navigation (officer); a refused field named beside it in the page's language; a success redirected to the
 * forms' page with its notice; the finding a late complaint makes, followed to its evidence; a monitor offered and
 * allowed only oversight records (no segregation, no reading). Every page is checked with the page crawler's own rules
 * ({@link PageCheck}: no raw codes, ISO dates, UTC times or English on Spanish pages, every field labelled, no
 * sideways scroll at 390 px).
 */
@CustosTest
@Tag("browser")
class OversightFormsBrowserTest extends BrowserTestBase {

    private static final ZoneId ZONE = ZoneId.of("America/El_Salvador");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final UiVocabulary VOCABULARY = UiVocabulary.load();

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

    private String facility;
    private String booking;
    private UUID cell;
    private final List<String> defects = new ArrayList<>();

    @BeforeEach
    void facilityWithAPersonAndACell() {
        HousingFixtures housing = new HousingFixtures(facilities, admissions, documents);
        facility = housing.facility();
        booking = housing.booking(housing.admit(facility, LegalStatusKind.UNTRIED));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        cell = HousingFixtures.cell(warden, HousingFixtures.unit(warden, facility), "C-07", 40.0, 10);
        browser.at(port);
    }

    @Test
    void aMonitorLodgesAComplaintInSpanishAndFollowsItsLateFindingToTheEvidence() {
        browser.signIn(users.with(Role.MONITOR)).open("/?lang=es");
        browser.open("/oversight/facilities/" + facility);
        check("es");
        browser.find("a[href$='/oversight/facilities/" + facility + "/forms']").click();
        check("es");
        assertThat(browser.all("#forms a").stream().map(a -> a.getDomAttribute("href")).toList())
                .anyMatch(h -> h.endsWith("/complaints/new")).anyMatch(h -> h.endsWith("/visits/new"))
                .noneMatch(h -> h.endsWith("/segregations/new")).noneMatch(h -> h.endsWith("/readings/new"));
        browser.find("#forms a[href$='/complaints/new']").click();
        check("es");
        assertThat(browser.text("label[for=bookingNumber]")).isEqualTo("Número de expediente de la persona");

        browser.type("bookingNumber", "NO-EXISTE").find("form.form button[type=submit]").click();
        browser.waitForText(".error-summary", "Hay un problema");
        assertThat(browser.text("#bookingNumber-error"))
                .isEqualTo("No hay ninguna persona recluida en este centro con ese número de expediente.");
        assertThat(browser.value("bookingNumber")).as("what was typed is kept").isEqualTo("NO-EXISTE");
        check("es");

        browser.type("bookingNumber", booking);
        new Select(browser.find("#kind")).selectByVisibleText("Queja");
        browser.type("subject", "No recibe su medicación para la hipertensión");
        local("lodgedAt", OffsetDateTime.now().minusDays(20));
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#recorded", "Solicitud o queja registrada.");
        assertThat(browser.path()).isEqualTo("/oversight/facilities/" + facility + "/forms");

        browser.open("/oversight/facilities/" + facility);
        var row = browser.all("#findings tbody tr").stream()
                .filter(r -> r.getText().contains("Queja sin respuesta en plazo")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Persona " + booking).doesNotContain("collective");
        row.findElement(org.openqa.selenium.By.cssSelector("a")).click();
        browser.waitForText("h1", "Evidencia de un hallazgo");
        assertThat(browser.text("#evidence tbody")).contains("Solicitud o queja (plazo)", booking,
                "No recibe su medicación para la hipertensión");
        check("es");
        assertThat(defects).isEmpty();
    }

    @Test
    void aMonitorInEnglishRecordsAnAllegationAndAVisitButNeverACustodyRecord() {
        browser.signIn(users.with(Role.MONITOR)).open("/?lang=en");
        browser.open("/oversight/facilities/" + facility + "/allegations/new");
        check("en");
        assertThat(browser.text("h1")).isEqualTo("Allegation of torture or ill-treatment");
        browser.type("bookingNumber", booking).type("account", "Says he was beaten during a search of his cell");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const i = document.getElementById('receivedAt'); i.type = 'text'; i.value = 'yesterday at ten';");
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#receivedAt-error", "Enter a valid date and time.");
        assertThat(browser.find(".error-summary a").getDomAttribute("href")).isEqualTo("#receivedAt");
        check("en");
        local("receivedAt", OffsetDateTime.now().minusHours(2));
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#recorded", "Allegation recorded and referred.");
        assertThat(jdbc.sql("select count(*) from oversight_allegation where facility_code = :f and referred_to is not null")
                .param("f", facility).query(Long.class).single()).isEqualTo(1);

        browser.open("/oversight/facilities/" + facility + "/visits/new");
        check("en");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('visitedOn').value = '"
                + java.time.LocalDate.now(ZONE).minusDays(1) + "';");
        browser.type("body", "Ombudsman (PDDH)").type("places", "Unit 1").type("findings", "Overcrowding in cell C-07");
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#recorded", "Visit recorded.");

        browser.open("/oversight/facilities/" + facility + "/segregations/new");
        assertThat(browser.text("h1")).as("a monitor records no custody record").doesNotContain("Solitary");
        assertThat(status()).isEqualTo(403);
        assertThat(defects).isEmpty();
    }

    @Test
    void anOfficerRecordsASegregationWithItsPlannedEndAndAReadingInSpanish() {
        browser.signIn(users.with(Role.CUSTODY_OFFICER, Set.of(facility), null)).open("/?lang=es");
        browser.find("a[href$='/oversight/forms']").click();
        check("es");
        browser.find("#facilities a[href$='/oversight/facilities/" + facility + "/forms']").click();
        browser.find("#forms a[href$='/segregations/new']").click();
        check("es");
        browser.type("bookingNumber", booking).type("ground", "Amenazas de otros internos")
                .type("authorizedBy", "Dirección del centro");
        new Select(browser.find("#kind")).selectByVisibleText("Separación");
        OffsetDateTime start = OffsetDateTime.now().minusHours(3);
        local("startedAt", start);
        local("plannedEnd", start.plusDays(20));
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#plannedEnd-error", "Nunca más de 15 días consecutivos");
        check("es");
        local("plannedEnd", start.plusDays(10));
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#recorded", "Aislamiento registrado.");

        browser.find("#forms a[href$='/readings/new']").click();
        check("es");
        new Select(browser.find("#cellId")).selectByVisibleText("C-07");
        local("measuredAt", OffsetDateTime.now().minusMinutes(30));
        browser.type("celsius", "36,5").type("humidity", "mucha");
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#humidity-error", "No es un número.");
        assertThat(jdbc.sql("select count(*) from oversight_reading where cell_id = :c").param("c", cell)
                .query(Long.class).single()).as("nothing written").isZero();
        browser.type("humidity", "80");
        browser.find("form.form button[type=submit]").click();
        browser.waitForText("#recorded", "Lectura registrada.");
        assertThat(jdbc.sql("select celsius from oversight_reading where cell_id = :c").param("c", cell)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("36.5");
        assertThat(defects).isEmpty();
    }

    /** Sets a date-and-time control as the browser's picker would (its value is the local time, ISO-like). */
    private void local(String id, OffsetDateTime at) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, at.atZoneSameInstant(ZONE).format(LOCAL));
    }

    private int status() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** The crawler's rules on the page as it is, at 1280 and at 390 px. */
    @SuppressWarnings("unchecked")
    private void check(String language) {
        for (int width : List.of(1280, 390)) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            Map<String, Object> facts = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                    .executeScript(PageCheck.SCRIPT);
            for (String d : PageCheck.defects(facts, language, width, VOCABULARY)) {
                // the test accounts' generated names ("monitor-…") are English words; the crawler's demo accounts are not
                if (d.contains("Sesión iniciada como ") || d.contains("Signed in as ")) continue;
                defects.add(language + " · " + width + " px · " + browser.path() + ": " + d);
            }
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }
}
