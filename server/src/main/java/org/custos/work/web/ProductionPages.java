package org.custos.work.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.ProductionService;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkSettings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Production against target: every workshop's month (chart and table), a workshop's days with its forms. */
@Controller
class ProductionPages {

    private final ProductionService production;
    private final ProgrammeService programmes;
    private final WorkSettings settings;
    private final FormErrors formErrors;

    ProductionPages(ProductionService production, ProgrammeService programmes, WorkSettings settings, FormErrors formErrors) {
        this.production = production;
        this.programmes = programmes;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/work/production")
    @PreAuthorize(Access.READ_WORK)
    String month(@RequestParam(required = false) String month, @RequestParam(required = false) String facility, Model model) {
        YearMonth m = production.month(month);
        var lines = production.month(m, facility == null || facility.isBlank() ? null : facility, Callers.current());
        model.addAttribute("month", m.toString());
        model.addAttribute("facility", facility);
        model.addAttribute("lines", lines);
        model.addAttribute("chart", TargetChart.of(lines.stream()
                .map(l -> new TargetChart.Input(l.code(), null, l.good(), l.target(), l.percent())).toList()));
        return "work/production";
    }

    @GetMapping("/work/programmes/{id}/production")
    @PreAuthorize(Access.READ_WORK)
    String workshop(@PathVariable UUID id, @RequestParam(required = false) String month, Model model) {
        formErrors.none(model);
        return page(id, production.month(month), model);
    }

    @PostMapping("/work/programmes/{id}/production")
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    String record(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) String team, @RequestParam(required = false) Integer quantity,
                  @RequestParam(required = false) Integer rejects, Model model) {
        try {
            production.record(id, new Requests.ProductionOutput(date, team, quantity, rejects), Callers.current());
            return "redirect:/work/programmes/" + id + "/production?recorded&month=" + YearMonth.from(date);
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            formErrors.add(model, e, Map.of());
            return page(id, YearMonth.from(settings.today()), model);
        }
    }

    @PostMapping("/work/programmes/{id}/production-targets")
    @PreAuthorize(Access.MANAGE_WORK)
    String target(@PathVariable UUID id, @RequestParam(required = false) String product,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) String per,
                  @RequestParam(required = false) Integer quantity,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                  @RequestParam(required = false) String orderRef, Model model) {
        try {
            production.setTarget(id, new Requests.ProductionTarget(product, unit, per, quantity, validFrom, orderRef),
                    Callers.current());
            return "redirect:/work/programmes/" + id + "/production?targetSet";
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            formErrors.add(model, e, Map.of("quantity", "target-quantity"));
            return page(id, YearMonth.from(settings.today()), model);
        }
    }

    private String page(UUID id, YearMonth m, Model model) {
        var days = production.days(id, m, Callers.current());
        model.addAttribute("programme", programmes.get(id, Callers.current()));
        model.addAttribute("month", m.toString());
        model.addAttribute("days", days);
        model.addAttribute("today", settings.today());
        model.addAttribute("units", ProductionService.UNITS);
        model.addAttribute("chart", TargetChart.of(days.stream().map(d -> new TargetChart.Input(
                d.date().toString(), d.date(), d.good(), d.target(), d.percent())).toList()));
        return "work/workshop-production";
    }
}
