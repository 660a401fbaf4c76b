package org.custos.work.web;

import java.time.YearMonth;
import java.util.Locale;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.work.internal.ProductionService;
import org.custos.work.internal.WorkReports;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month's report for the work manager, the warden and the monitor (read only): per programme and per facility,
 * with the production chart, and each table as CSV exactly as on screen. Facility staff see their facilities; a
 * facility outside the caller's scope is 404 {@code work.not-found}.
 */
@Controller
class ReportPages {

    private final WorkReports reports;
    private final ProductionService production;
    private final MessageSource messages;
    private final org.custos.facilities.FacilityDirectory facilities;

    ReportPages(WorkReports reports, ProductionService production, MessageSource messages,
                org.custos.facilities.FacilityDirectory facilities) {
        this.facilities = facilities;
        this.reports = reports;
        this.production = production;
        this.messages = messages;
    }

    @GetMapping("/work/reports")
    @PreAuthorize(Access.READ_WORK)
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) String facility,
                Locale locale, Model model) {
        WorkReports.Report r = report(month, facility);
        model.addAttribute("month", r.month().toString());
        model.addAttribute("facility", r.facility());
        model.addAttribute("monthName", java.time.format.DateTimeFormatter.ofPattern(
                messages.getMessage("work.report.monthPattern", null, locale), locale).format(r.month()));
        model.addAttribute("programmes", ReportTable.programmes(r.programmes(), messages, locale, facilities::nameOf));
        model.addAttribute("facilities", ReportTable.facilities(r, messages, locale, facilities::nameOf));
        model.addAttribute("chart", TargetChart.of(r.production().stream().filter(l -> l.percent() != null)
                .map(l -> new TargetChart.Input(l.facilityCode() + " · " + l.code(), null, l.good(), l.target(), l.percent()))
                .toList()));
        return "work/reports";
    }

    @GetMapping("/work/reports/programmes.csv")
    @PreAuthorize(Access.READ_WORK)
    ResponseEntity<String> programmesCsv(@RequestParam(required = false) String month,
                                         @RequestParam(required = false) String facility, Locale locale) {
        WorkReports.Report r = report(month, facility);
        return csv("programmes", r, ReportTable.programmes(r.programmes(), messages, locale, facilities::nameOf));
    }

    @GetMapping("/work/reports/facilities.csv")
    @PreAuthorize(Access.READ_WORK)
    ResponseEntity<String> facilitiesCsv(@RequestParam(required = false) String month,
                                         @RequestParam(required = false) String facility, Locale locale) {
        WorkReports.Report r = report(month, facility);
        return csv("facilities", r, ReportTable.facilities(r, messages, locale, facilities::nameOf));
    }

    private static ResponseEntity<String> csv(String table, WorkReports.Report r, ReportTable t) {
        String name = "work-" + table + "-" + r.month() + (r.facility() == null ? "" : "-" + r.facility()) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .body(t.csv());
    }

    private WorkReports.Report report(String month, String facility) {
        YearMonth m = production.month(month);
        return reports.month(m, facility == null || facility.isBlank() ? null : facility.strip(), Callers.current());
    }

}
