package org.custos.work.web;

import java.util.List;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.work.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, in Spanish: a workshop's roster shows everyone present by default; an exception is changed with a
 * keystroke (E for «Enfermo»); hours above the session are refused with the summary and the message beside the
 * field, what was chosen kept and nothing written; corrected, the whole roster is saved with one plain POST.
 */
@CustosTest
class RosterBrowserTest extends BrowserTestBase {

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
    void everyoneIsPresentByDefaultAndTheExceptionsAreTyped() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        UUID programme = fx.createProgramme(fx.programme("WORKSHOP"));
        List<String> bookings = new java.util.ArrayList<>();
        List<UUID> persons = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var admitted = fx.admit(LegalStatusKind.CONVICTED);
            fx.fit(admitted.personId(), false);
            fx.allocate(admitted.personId(), programme);
            bookings.add(admitted.bookingNumber());
            persons.add(admitted.personId());
        }
        browser.at(port).signIn(fx.managerName).open("/work/programmes/" + programme + "/roster");
        assertThat(browser.text("h1")).startsWith("Asistencia");
        assertThat(browser.all("#roster tbody tr")).hasSize(3);
        for (String b : bookings) {
            assertThat(new Select(browser.find("select[data-booking='" + b + "']")).getFirstSelectedOption().getText())
                    .isEqualTo("Asistió");
        }
        browser.find("select[data-booking='" + bookings.get(0) + "']").sendKeys("E");
        assertThat(new Select(browser.find("select[data-booking='" + bookings.get(0) + "']")).getFirstSelectedOption()
                .getText()).isEqualTo("Enfermo");
        String hours = browser.find("select[data-booking='" + bookings.get(2) + "']").getDomAttribute("id").replace("outcome", "hours");
        browser.type(hours, "9");
        browser.find("#save-roster").click();
        browser.waitForText(".error-summary", "duración de la sesión");
        assertThat(browser.text(".error-summary h2")).isEqualTo("Hay un problema");
        assertThat(browser.text("#" + hours + "-error")).contains("Las horas superan la duración de la sesión (8 h)");
        assertThat(new Select(browser.find("select[data-booking='" + bookings.get(0) + "']")).getFirstSelectedOption()
                .getText()).isEqualTo("Enfermo");
        assertThat(records(programme)).isZero();
        browser.screenshot("work-roster-refused");

        browser.type(hours, "6");
        browser.find("#save-roster").click();
        browser.waitForText(".notice", "Asistencia guardada: 3 registros");
        assertThat(records(programme)).isEqualTo(3);
        assertThat(jdbc.sql("select outcome from work_attendance where person_id = :p").param("p", persons.get(0))
                .query(String.class).single()).isEqualTo("SICK");
        assertThat(jdbc.sql("select hours from work_attendance where person_id = :p").param("p", persons.get(2))
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("6");
        assertThat(browser.text("#recorded")).contains("Enfermo", bookings.get(1));
    }

    private long records(UUID programme) {
        return jdbc.sql("select count(*) from work_attendance where programme_id = :g").param("g", programme)
                .query(Long.class).single();
    }
}
