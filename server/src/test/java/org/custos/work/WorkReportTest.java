package org.custos.work;

import java.math.BigDecimal;
import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.custos.work.internal.WorkReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month's report against a month with known answers ({@link WorkReportScenario}): the figures per programme and
 * per facility, the CSV as the table on screen, and the scope — facility staff see their facility only (404 for
 * another), the monitor reads every facility, a liaison is refused; the evidence on the sentence page with the same
 * access as the page.
 */
@CustosTest
class WorkReportTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    WorkReports reports;

    WorkReportScenario s;

    @BeforeEach
    void setUp() {
        s = new WorkReportScenario(port, users, facilities, admissions);
    }

    private static CurrentUser national() {
        return new CurrentUser(java.util.UUID.randomUUID(), "national", Set.of(Role.MONITOR), Set.of(), null, false);
    }

    @Test
    void theFiguresOfTheMonthAreTheKnownAnswers() {
        WorkReports.Report r = reports.month(s.month, s.fx.facility, national());
        assertThat(r.programmes()).hasSize(1);
        WorkReports.Line p = r.programmes().get(0);
        assertThat(p.code()).isEqualTo(s.programmeCode);
        assertThat(p.allocated()).isEqualTo(5);
        assertThat(p.attending()).isEqualTo(2);
        assertThat(p.attendedSessions()).isEqualTo(2);
        assertThat(p.expectedSessions()).isEqualTo(3);
        assertThat(p.attendanceRate()).isEqualTo(67);
        assertThat(p.hours()).isEqualByComparingTo(new BigDecimal("12"));
        assertThat(p.daysCredited()).isEqualTo(1);
        assertThat(p.payCredited()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(p.target()).isEqualTo(1000);
        assertThat(p.good()).isEqualTo(800);
        assertThat(p.productionPercent()).isEqualTo(80);
        assertThat(r.facilities()).hasSize(1);
        WorkReports.Line f = r.facilities().get(0);
        assertThat(f.facilityCode()).isEqualTo(s.fx.facility);
        assertThat(f.programmes()).isEqualTo(1);
        assertThat(f.allocated()).isEqualTo(5);
        assertThat(f.attending()).isEqualTo(2);
        assertThat(f.attendanceRate()).isEqualTo(67);
        assertThat(f.workshops()).isEqualTo(1);
        assertThat(f.workshopsAtTarget()).isZero();
        assertThat(r.total().allocated()).isEqualTo(5);
        assertThat(r.total().daysCredited()).isEqualTo(1);
    }

    @Test
    void theCsvIsTheTableOnScreen() {
        WebSession manager = WebSession.signIn(port, s.fx.managerName);
        String q = "?month=" + s.month + "&facility=" + s.fx.facility + "&lang=en";
        WebSession.Page csv = manager.get("/work/reports/programmes.csv" + q);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("Facility,Programme,Allocated,Attending,Attendance rate,Hours attended,"
                + "Days credited,Pay credited (net),Target,Good units,% of target");
        assertThat(lines[1]).as("the facility by its name, as on the page").isEqualTo("Centro " + s.fx.facility + "," + s.programmeCode + " — Taller de piezas,5,2,67 %,12.0,1,0.00,"
                + "\"1,000\",800,80 % · below target");
        WebSession.Page page = manager.get("/work/reports" + q);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("80 % · below target", "67 %", "0 of 1");
        WebSession.Page es = manager.get("/work/reports/facilities.csv?month=" + s.month + "&lang=es");
        assertThat(es.body().replace("\uFEFF", "").split("\r\n")[1])
                .isEqualTo("Centro " + s.fx.facility + ",1,5,2,67 %,\"12,0\",1,\"0,00\",0 de 1");
    }

    @Test
    void facilityStaffSeeTheirFacilityTheMonitorReadsAllAndALiaisonIsRefused() {
        String other = RegistryFixtures.facility(facilities);
        WebSession elsewhere = WebSession.signIn(port, users.with(Role.WARDEN, Set.of(other), null));
        assertThat(elsewhere.get("/work/reports?facility=" + s.fx.facility).status()).isEqualTo(404);
        assertThat(elsewhere.get("/work/reports/programmes.csv?facility=" + s.fx.facility).status()).isEqualTo(404);
        assertThat(elsewhere.get("/work/reports/programmes.csv").body()).doesNotContain(s.programmeCode);
        WebSession monitor = WebSession.signIn(port, users.with(Role.MONITOR));
        WebSession.Page seen = monitor.get("/work/reports?facility=" + s.fx.facility);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains(s.programmeCode);
        assertThat(java.util.regex.Pattern.compile("<form[^>]*method=\"post\"[^>]*>").matcher(seen.body()).results()
                .map(java.util.regex.MatchResult::group)).as("the monitor's page writes nothing").allMatch(f -> f.contains("logout"));
        WebSession liaison = WebSession.signIn(port, users.with(Role.LIAISON, Set.of(), "US"));
        assertThat(liaison.get("/work/reports").status()).isEqualTo(403);
    }

    @Test
    void theSentencePageShowsTheCertifiedMonthToWhoeverSeesThePageAndNobodyElse() {
        String path = "/persons/" + s.worker.personId() + "/sentence?lang=en";
        WebSession warden = WebSession.signIn(port, users.with(Role.WARDEN, Set.of(s.fx.facility), null));
        WebSession.Page page = warden.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("work-evidence", WorkReportScenario.CONSTANCIA, s.programmeCode, "1 day");
        WebSession.Page partial = warden.get("/persons/" + s.partial.personId() + "/sentence");
        assertThat(partial.body()).doesNotContain("work-evidence");
        String other = RegistryFixtures.facility(facilities);
        assertThat(WebSession.signIn(port, users.with(Role.WARDEN, Set.of(other), null)).get(path).status()).isEqualTo(404);
        assertThat(WebSession.signIn(port, users.with(Role.LIAISON, Set.of(), "US")).get(path).status()).isEqualTo(404);
    }
}
