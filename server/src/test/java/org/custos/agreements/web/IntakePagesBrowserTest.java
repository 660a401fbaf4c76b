package org.custos.agreements.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.agreements.intake.IntakeFixtures;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the agreement administrator opens the intake from the agreement's page, uploads a CSV manifest with
 * a row whose judgment has no document (refused whole, the row and column named in Spanish, nothing written), then
 * the corrected file: the result row by row (accepted and admitted; a deportee refused under a convicted-only
 * agreement), the history with the quota used and left; the same result in English; another state's liaison gets
 * the 404 page.
 */
@CustosTest
class IntakePagesBrowserTest extends BrowserTestBase {

    private static final String HEADER = "agreement,givenNames,firstSurname,sex,dateOfBirth,nationality,documentType,"
            + "documentNumber,documentCountry,status,court,caseNumber,sentence,judgmentDate,documentSha256,sentenceEnd,"
            + "visibleInjuries,illTreatmentComplaints,emergencyContactName,emergencyContactPhone";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadAManifestReadTheResultAndTheQuotaInSpanishAndEnglish() throws IOException {
        String facility = RegistryFixtures.facility(facilities);
        String administrator = users.with(Role.AGREEMENT_ADMINISTRATOR);
        Map<String, Object> a = IntakeFixtures.agreement(facility, 5, List.of("FINALLY_CONVICTED"));
        UUID id = IntakeFixtures.create(Api.as(port, administrator), a);
        String code = IntakeFixtures.code(a);
        String surname = "Walker" + TestData.unique();
        String convicted = row(code, "John", surname, "FINALLY_CONVICTED", "U.S. District Court", IntakeFixtures.SHA);
        String missing = row(code, "Peter", surname + "x", "FINALLY_CONVICTED", "U.S. District Court", "");
        String deportee = row(code, "Luis", surname + "y", "DEPORTEE", "", "");

        browser.at(port).signIn(administrator).open("/agreements/" + id + "?lang=es");
        browser.find("#intake").click();
        browser.waitForPath("/agreements/" + id + "/intakes/new");
        fill(file(HEADER, convicted, missing, deportee));
        browser.find("#submit-manifest").click();
        browser.waitForText(".error-summary", "Persona n.º 2 del archivo, columna documentSha256: Falta el documento de la sentencia");
        assertThat(browser.value("flight")).isEqualTo("GXA-4017");
        assertThat(jdbc.sql("select count(*) from intake_manifest where agreement_id = :a").param("a", id)
                .query(Long.class).single()).isZero();
        browser.screenshot("intake-form-errors");

        fill(file(HEADER, convicted, deportee));
        browser.find("#submit-manifest").click();
        browser.waitForText("#checked", "Manifiesto revisado");
        assertThat(browser.text("#result-summary")).isEqualTo("2 personas: 1 aceptadas e ingresadas, 1 rechazadas.");
        assertThat(browser.text("#row-1 .decision")).isEqualTo("Aceptada");
        assertThat(browser.text("#row-2 .reason")).isEqualTo(
                "Situación jurídica: Sin condena: el convenio no admite personas deportadas sin condena");
        assertThat(browser.text("#row-2")).contains("deportado sin condena");
        browser.screenshot("intake-result");
        String result = browser.path().replaceFirst("\\?.*$", "");

        browser.find("main a").click();
        browser.waitForPath("/agreements/" + id + "/intakes");
        assertThat(browser.text("#quota-held")).isEqualTo("1");
        assertThat(browser.text("#quota-left")).isEqualTo("4");
        assertThat(browser.text("#manifests")).contains("GXA-4017", "archivo CSV", administrator);

        browser.open(result + "?lang=en");
        assertThat(browser.text("#row-2 .reason")).isEqualTo(
                "Legal status: No conviction: the agreement does not accept people deported without one");
        assertThat(browser.text("#row-1 .decision")).isEqualTo("Accepted");
        browser.open("/agreements/" + id + "/intakes/new");
        assertThat(browser.text("h1")).isEqualTo("Check a flight manifest (" + code.toUpperCase(java.util.Locale.ROOT) + ")");

        browser.signIn(users.with(Role.LIAISON, Set.of(), "NL")).open(result + "?lang=es");
        assertThat(browser.text("h1")).isEqualTo("No existe o no tiene acceso");
        browser.signIn(users.with(Role.LIAISON, Set.of(), "US")).open(result);
        assertThat(browser.text("#row-1 .decision")).isEqualTo("Aceptada");
    }

    private void fill(Path csv) {
        LocalDate today = LocalDate.now(ZoneId.of("America/El_Salvador"));
        browser.type("flight", "GXA-4017").type("arrivedOn", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type("arrivedTime", "00:05").type("arrivalPlace", "Aeropuerto Internacional de El Salvador");
        browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
    }

    private static String row(String code, String given, String surname, String status, String court, String sha) {
        LocalDate today = LocalDate.now();
        boolean judged = !court.isEmpty();
        return String.join(",", code, given, surname, "MALE", "02/04/1988", "US", "PASSPORT", IntakeFixtures.passport(),
                "US", status, court, judged ? "4:22-cr-" + TestData.unique() : "", judged ? "96 meses" : "",
                judged ? today.minusYears(2).toString() : "", sha, judged ? today.plusYears(5).toString() : "", "Ninguna",
                "Ninguna", "Mary Walker", "+1 713 555 0100");
    }

    private static Path file(String... lines) throws IOException {
        Path p = Files.createTempFile("manifest", ".csv");
        Files.writeString(p, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        p.toFile().deleteOnExit();
        return p;
    }
}
