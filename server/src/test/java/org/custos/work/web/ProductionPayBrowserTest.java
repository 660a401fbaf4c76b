package org.custos.work.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.work.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: in Spanish, a workshop's production page refuses rejects above the output with the field named and
 * nothing written, records a session, and the national production page draws it against its target in words as
 * well as colour; in English, an unpaid programme's pay page says it is unpaid by law, and a paid one's shows the
 * deductions configured and refuses a rate without a date; the work manager's first page has the work panel.
 */
@CustosTest
class ProductionPayBrowserTest extends BrowserTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void productionIsRecordedAndDrawnAgainstItsTargetInSpanish() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        UUID programme = fx.createProgramme(fx.programme("WORKSHOP"));
        LocalDate today = WorkFixtures.today();
        String month = YearMonth.from(today).toString();
        assertThat(fx.manager.post("/api/v1/work/programmes/" + programme + "/production-targets", Api.json(Map.of(
                "product", "Calzado escolar", "unit", "PAIRS", "per", "SESSION", "quantity", 500,
                "validFrom", YearMonth.from(today).atDay(1).toString()))).status()).isEqualTo(201);

        browser.at(port).signIn(fx.managerName).open("/work/programmes/" + programme + "/production");
        browser.type("quantity", "400");
        browser.find("#rejects").clear();
        browser.type("rejects", "450");
        browser.find("#record-output").click();
        browser.waitForText(".error-summary", "Los rechazos no pueden superar lo producido");
        assertThat(browser.value("quantity")).isEqualTo("400"); // what was typed is kept
        assertThat(jdbc.sql("select count(*) from work_production where programme_id = :g").param("g", programme)
                .query(Long.class).single()).isZero();
        browser.find("#rejects").clear();
        browser.type("rejects", "10");
        browser.find("#record-output").click();
        browser.waitForText(".notice", "Producción registrada");
        boolean rest = today.getDayOfWeek().getValue() == 7;
        assertThat(browser.text("#days")).contains("390");
        if (!rest) assertThat(browser.text("svg.target-chart")).contains("390 / 500 (78 %)", "muy por debajo de la meta");

        browser.open("/work/production?month=" + month + "&facility=" + fx.facility);
        assertThat(browser.text("#production")).contains("Calzado escolar (pares)", "390");
        assertThat(browser.find("svg.target-chart").getAttribute("aria-label")).contains("Producción frente a la meta");
        browser.screenshot("work-production");
    }

    @Test
    void thePayPageSaysWhenAProgrammeIsUnpaidByLawInEnglish() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        Map<String, Object> kitchen = fx.programme("KITCHEN");
        kitchen.put("paid", false);
        kitchen.remove("payRate");
        UUID unpaid = fx.createProgramme(kitchen);
        UUID paid = fx.createProgramme(fx.programme("WORKSHOP"));

        browser.at(port).signIn(fx.managerName).open("/?lang=en");
        assertThat(browser.text("#work-panel")).contains("Zero Leisure: what needs action", "Yesterday's rosters not recorded",
                "Credits awaiting the judge's decision", "Allocated but not attending");
        browser.open("/work/programmes/" + unpaid + "/pay");
        assertThat(browser.text("#unpaid")).contains("unpaid by law", "art. 109");
        assertThat(browser.all("#credit-form")).isEmpty();

        browser.open("/work/programmes/" + paid + "/pay");
        assertThat(browser.text("#deductions-config")).contains("Savings handed over at release 10 %");
        assertThat(browser.text("#rates")).contains("3.50");
        browser.find("#validFrom").clear();
        browser.type("perSession", "4.25");
        browser.find("#set-rate").click();
        browser.waitForText(".error-summary", "Give the first day it is in force");
        assertThat(jdbc.sql("select count(*) from work_pay_rate where programme_id = :g").param("g", paid)
                .query(Long.class).single()).isZero();
        browser.screenshot("work-pay");
    }
}
