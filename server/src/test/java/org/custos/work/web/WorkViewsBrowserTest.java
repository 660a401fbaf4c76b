package org.custos.work.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.shared.web.LocalFormats;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.custos.work.WorkFixtures;
import org.custos.work.WorkReportScenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, in Spanish and English: the sentence page shows the certified month with the attendance behind it;
 * the work manager reaches the month's report from the home panel, sees the chart with its words, and each table's
 * CSV holds exactly the cells on screen.
 */
@CustosTest
class WorkViewsBrowserTest extends BrowserTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;

    @Test
    void theSentencePageShowsTheCertifiedDaysWithTheirAttendance() {
        WorkReportScenario s = new WorkReportScenario(port, users, facilities, admissions);
        String path = "/persons/" + s.worker.personId() + "/sentence";
        browser.at(port).signIn(s.administratorName).open(path + "?lang=es");
        String es = browser.text("#work-evidence");
        assertThat(es).contains("Días de trabajo certificados", "Taller de piezas", s.programmeCode, "Trabajo", "1 día",
                "8,0 h", WorkReportScenario.CONSTANCIA, LocalFormats.date(WorkFixtures.today(), Locale.of("es")));
        browser.screenshot("sentence-work-evidence");
        browser.open(path + "?lang=en");
        String en = browser.text("#work-evidence");
        assertThat(en).contains("Certified work days", "Work", "1 day", "8.0 h", "Days attended", "Absences",
                LocalFormats.date(WorkFixtures.today(), Locale.ENGLISH)).doesNotContain("Días", s.month.toString());
    }

    @Test
    void theReportIsReachedFromThePanelAndItsCsvIsTheTableOnScreen() {
        WorkReportScenario s = new WorkReportScenario(port, users, facilities, admissions);
        browser.at(port).signIn(s.fx.managerName).open("/?lang=es");
        browser.find("#work-report").click();
        browser.waitForPath("/work/reports");
        browser.open("/work/reports?month=" + s.month + "&facility=" + s.fx.facility);
        assertThat(browser.text("figure.chart")).contains("800 / 1.000 (80 %)", "por debajo de la meta");
        assertThat(browser.find("figure.chart svg").getAttribute("aria-label")).contains("Producción de cada taller");
        WebSession csv = WebSession.signIn(port, s.fx.managerName);
        for (String table : List.of("programmes", "facilities")) {
            List<List<String>> screen = cells("#report-" + table);
            List<List<String>> file = parse(csv.get("/work/reports/" + table + ".csv?month=" + s.month + "&facility="
                    + s.fx.facility + "&lang=es").body());
            assertThat(file).as(table).isEqualTo(screen);
        }
        assertThat(cells("#report-programmes").get(1)).contains("67 %", "80 % · por debajo de la meta");
        browser.screenshot("work-report");
        browser.open("/work/reports?month=" + s.month + "&facility=" + s.fx.facility + "&lang=en");
        assertThat(browser.text("figure.chart")).contains("800 / 1,000 (80 %)", "below target");
        assertThat(cells("#report-facilities").get(0)).contains("Attendance rate", "Workshops meeting their target");
        assertThat(cells("#report-facilities").get(1)).contains("0 of 1", "67 %");
    }

    /** The header row and every body row of a table, each cell's text. */
    private List<List<String>> cells(String table) {
        List<List<String>> out = new ArrayList<>();
        for (WebElement row : browser.all(table + " tr")) {
            out.add(row.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().strip()).toList());
        }
        return out;
    }

    /** RFC 4180 as the report writes it: quoted cells may hold commas and doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
