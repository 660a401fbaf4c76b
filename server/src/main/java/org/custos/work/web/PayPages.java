package org.custos.work.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.PayService;
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

/** A programme's pay: the unpaid notice (art. 109) or each person's month with every deduction; rates and their history. */
@Controller
class PayPages {

    private final PayService pay;
    private final ProgrammeService programmes;
    private final ProductionService production;
    private final WorkSettings settings;
    private final FormErrors formErrors;

    PayPages(PayService pay, ProgrammeService programmes, ProductionService production, WorkSettings settings,
             FormErrors formErrors) {
        this.pay = pay;
        this.programmes = programmes;
        this.production = production;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/work/programmes/{id}/pay")
    @PreAuthorize(Access.READ_WORK)
    String page(@PathVariable UUID id, @RequestParam(required = false) String month, Model model) {
        formErrors.none(model);
        return page(id, month == null ? YearMonth.from(settings.today()).minusMonths(1) : production.month(month), model);
    }

    @PostMapping("/work/programmes/{id}/pay")
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    String credit(@PathVariable UUID id, @RequestParam(required = false) String month, Model model) {
        try {
            int n = pay.credit(id, month, Callers.current());
            return "redirect:/work/programmes/" + id + "/pay?month=" + month + "&credited=" + n;
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            formErrors.add(model, e, Map.of("month", "credit-month", "programmeId", "credit-month"));
            return page(id, YearMonth.from(settings.today()).minusMonths(1), model);
        }
    }

    @PostMapping("/work/programmes/{id}/pay-rates")
    @PreAuthorize(Access.MANAGE_WORK)
    String rate(@PathVariable UUID id, @RequestParam(required = false) String payBand,
                @RequestParam(required = false) BigDecimal perSession, @RequestParam(required = false) BigDecimal pieceRate,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                @RequestParam(required = false) String reason, Model model) {
        try {
            pay.setRate(id, new Requests.PayRate(payBand, perSession, pieceRate, validFrom, reason), Callers.current());
            return "redirect:/work/programmes/" + id + "/pay?rateSet";
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            formErrors.add(model, e, Map.of("programmeId", "perSession"));
            return page(id, YearMonth.from(settings.today()).minusMonths(1), model);
        }
    }

    private String page(UUID id, YearMonth m, Model model) {
        var statements = pay.statements(id, m, Callers.current());
        model.addAttribute("programme", programmes.get(id, Callers.current()));
        model.addAttribute("month", m.toString());
        model.addAttribute("statements", statements);
        model.addAttribute("entries", pay.entries(statements));
        model.addAttribute("deductions", pay.deductions());
        model.addAttribute("rates", pay.rateHistory(id, Callers.current()));
        model.addAttribute("today", settings.today());
        return "work/pay";
    }
}
