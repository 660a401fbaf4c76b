package org.custos.sentencing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.sentencing.internal.AlertQueries;
import org.custos.sentencing.internal.AlertQueries.AlertLine;
import org.custos.sentencing.internal.AlertQueries.Kind;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alert lists, one per kind (over-detention, provisional detention past its limit, release due, provisional
 * detention near its limit), each with its count, paginated; the CSV is the list on screen, every page of it.
 */
@Controller
class AlertPages {

    static final int PAGE_SIZE = 50;
    static final int CSV_LIMIT = 200_000;
    /** The largest "release within days" a user may ask for: ten years. */
    private final AlertQueries alerts;
    private final FormErrors formErrors;

    AlertPages(AlertQueries alerts, FormErrors formErrors) {
        this.alerts = alerts;
        this.formErrors = formErrors;
    }

    @GetMapping("/sentencing/alerts")
    @PreAuthorize(Access.READ_SENTENCE_ALERTS)
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "30") String withinDays,
                @RequestParam(defaultValue = "0") String page, Model model) {
        Kind k = AlertRequest.kind(kind);
        int p = AlertRequest.parse(page, Integer.MAX_VALUE / PAGE_SIZE).orElse(0);
        java.util.Optional<Integer> days;
        try {
            days = java.util.Optional.of(AlertRequest.days(withinDays));
            formErrors.none(model);
        } catch (ProblemException e) {
            days = java.util.Optional.empty();
            formErrors.add(model, e, Map.of());
        }
        int d = days.orElse(30);
        Map<Kind, Long> counts = alerts.countsByKind(d, Callers.current());
        List<AlertLine> lines = days.isEmpty() ? List.of()
                : alerts.alerts(k, d, Callers.current(), PAGE_SIZE + 1, p * PAGE_SIZE);
        long total = counts.get(k);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("kind", k);
        Map<String, Long> byName = new java.util.LinkedHashMap<>();
        counts.forEach((kindOf, n) -> byName.put(kindOf.name(), n));
        model.addAttribute("counts", byName);
        model.addAttribute("total", total);
        model.addAttribute("alerts", lines.subList(0, Math.min(PAGE_SIZE, lines.size())));
        model.addAttribute("hasNext", lines.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("withinDays", days.map(String::valueOf).orElse(withinDays));
        return "sentencing/alerts";
    }

    @GetMapping("/sentencing/alerts.csv")
    @PreAuthorize(Access.READ_SENTENCE_ALERTS)
    void csv(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "30") String withinDays,
             HttpServletResponse response) throws IOException {
        Kind k = AlertRequest.kind(kind);
        int d = AlertRequest.days(withinDays);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"alertas-" + k.name().toLowerCase().replace('_', '-')
                + ".csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        out.write("kind,booking_number,person_id,facility_code,date,days,ordinary_limit,override_limit\r\n");
        for (AlertLine a : alerts.alerts(k, d, Callers.current(), CSV_LIMIT, 0)) {
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
