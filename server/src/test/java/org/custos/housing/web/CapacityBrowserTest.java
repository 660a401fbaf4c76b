package org.custos.housing.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.Sex;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: the dashboard with its chart, a placement refused in Spanish, a headcount discrepancy. */
@CustosTest
class CapacityBrowserTest extends BrowserTestBase {

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
    void dashboardSeparationRefusalAndHeadcountDiscrepancy() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        UUID unit = HousingFixtures.unit(admin, facility);
        UUID cell = HousingFixtures.cell(admin, unit, "C1", 40, 10);
        String warden = users.with(Role.WARDEN, Set.of(facility), null);
        HousingFixtures.place(Api.as(port, warden), fx.admit(facility, LegalStatusKind.UNTRIED), cell, null);
        UUID woman = fx.admit(facility, Sex.FEMALE, LegalStatusKind.UNTRIED, LocalDate.of(1995, 3, 3));

        browser.at(port).signIn(warden).open("/capacity");
        assertThat(browser.all("svg.occupancy-chart rect")).isNotEmpty();
        assertThat(browser.text("#capacity-table")).contains("Centro " + facility);
        browser.find("#capacity-table a[href$='" + facility + "']").click();
        assertThat(browser.text("#units-table")).contains("Sector 1");
        browser.screenshot("capacity-dashboard");

        browser.open("/cells/" + cell).type("booking", fx.booking(woman)).find("#place-form button").click();
        browser.waitForText(".error-summary", "hombres y mujeres");
        assertThat(browser.text("#booking-error")).contains("Regla Mandela 11");
        assertThat(browser.text("#population")).isEqualTo("1");

        browser.open("/capacity/units/" + unit).type("counted", "3").find("form.form button").click();
        browser.waitForText("#headcount-result", "Discrepancia en el recuento");
        browser.open("/");
        assertThat(browser.text("#housing-panel")).contains(facility, "Discrepancia");
    }

    @Test
    void overCapacityAgainstStandardsIsOnTheFirstPageAndFirstInTheChart() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        UUID unit = HousingFixtures.unit(admin, facility);
        UUID cell = HousingFixtures.cell(admin, unit, "C8", 8, 10); // 8 m²: 2 places under the CPT's 4 m², 10 declared
        String warden = users.with(Role.WARDEN, Set.of(facility), null);
        Api api = Api.as(port, warden);
        UUID last = null;
        for (int i = 0; i < 3; i++) {
            last = fx.admit(facility, LegalStatusKind.UNTRIED);
            Api.Response placed = HousingFixtures.place(api, last, cell, "\"capacityReason\":\"Ingreso masivo\"");
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        }

        browser.at(port).signIn(warden).open("/");
        String panel = browser.text("#housing-over-capacity");
        assertThat(panel).contains("Centro " + facility).contains("3 personas").contains("150 % de la capacidad según normas")
                .contains("30 % de la declarada").containsIgnoringCase("hacinamiento grave");

        browser.open("/capacity");
        String chart = browser.text("svg.occupancy-chart");
        assertThat(chart).contains("Según normas 150 % · hacinamiento grave").contains("Declarada 30 %");
        assertThat(chart.indexOf("Según normas 150 %")).isLessThan(chart.indexOf("Declarada 30 %"));
        assertThat(chart).doesNotContain("…");

        browser.open("/cells/" + cell);
        assertThat(browser.text("nav.breadcrumbs")).contains("Centro " + facility).contains("Sector 1");
        assertThat(browser.text("#cell-summary")).contains("3 personas").contains("por encima de la capacidad");
        assertThat(browser.all("#occupants tbody tr")).hasSize(3);
        assertThat(browser.text("#occupants tbody tr")).contains("José Luis Pérez").contains("Procesado");
        assertThat(browser.text("#area-per-person")).as("8 m² for 3 persons, one decimal, Spanish comma").isEqualTo("2,7");
        assertThat(browser.all("#cell-history tbody tr")).hasSize(3);
        assertThat(browser.text("#cell-history")).contains("sigue en la celda");
        assertThat(browser.all("#cell-versions tbody tr")).hasSize(1);
        browser.screenshot("cell-page");
        browser.open("/persons/" + last + "?purpose=MOVEMENT");
        assertThat(browser.text("#person-cell")).as("the file says where in the facility").contains("Sector 1 · C8")
                .contains("desde");
        browser.follow("#person-cell a");
        assertThat(browser.path()).isEqualTo("/cells/" + cell);
        browser.open("/cells/" + cell);
        browser.follow("a[hreflang=en]");
        assertThat(browser.text("#area-per-person")).isEqualTo("2.7");
        assertThat(browser.text("#cell-summary")).contains("over capacity");
    }
}
