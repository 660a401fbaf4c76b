package org.custos.sentencing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.sentencing.internal.AlertQueries;
import org.custos.sentencing.internal.AlertQueries.AlertLine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The alert list: over-detention first, then provisional detention past its limit, then releases due. */
@Controller
class AlertPages {

    static final int PAGE_SIZE = 50;
    static final int CSV_LIMIT = 50_000;
    private final AlertQueries alerts;

    AlertPages(AlertQueries alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/sentencing/alerts")
    @PreAuthorize(Access.READ_SENTENCE_ALERTS)
    String list(@RequestParam(defaultValue = "30") int withinDays, @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        List<AlertLine> lines = alerts.alerts(withinDays, Callers.current(), PAGE_SIZE + 1, p * PAGE_SIZE);
        model.addAttribute("alerts", lines.subList(0, Math.min(PAGE_SIZE, lines.size())));
        model.addAttribute("hasNext", lines.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("withinDays", withinDays);
        return "sentencing/alerts";
    }

    @GetMapping("/sentencing/alerts.csv")
    @PreAuthorize(Access.READ_SENTENCE_ALERTS)
    void csv(@RequestParam(defaultValue = "30") int withinDays, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"alertas-libertad.csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        out.write("kind,booking_number,person_id,facility_code,date,days,ordinary_limit,override_limit\r\n");
        for (AlertLine a : alerts.alerts(withinDays, Callers.current(), CSV_LIMIT, 0)) {
            out.write(String.join(",", a.kind(), cell(a.bookingNumber()), a.personId().toString(), cell(a.facilityCode()),
                    String.valueOf(a.date()), String.valueOf(a.days()), a.ordinaryLimit() == null ? "" : a.ordinaryLimit().toString(),
                    a.overrideLimit() == null ? "" : a.overrideLimit().toString()) + "\r\n");
        }
        out.flush();
    }

    /** A CSV cell: quoted when needed, and never starting a spreadsheet formula. */
    static String cell(String s) {
        if (s == null) return "";
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
