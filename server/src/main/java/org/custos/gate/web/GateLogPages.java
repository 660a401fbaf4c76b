package org.custos.gate.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.custos.gate.internal.GateQueries;
import org.custos.gate.internal.GateScope;
import org.custos.gate.internal.GateSettings;
import org.custos.gate.internal.Receipts;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The day's gate log of a facility (paginated, CSV) and the printable receipt of an entry. */
@Controller
class GateLogPages {

    private final GateQueries queries;
    private final GateScope scope;
    private final GateSettings settings;
    private final GateView view;
    private final Receipts receipts;
    private final Bounds bounds;
    private final FormErrors formErrors;

    GateLogPages(GateQueries queries, GateScope scope, GateSettings settings, GateView view, Receipts receipts,
                 Bounds bounds, FormErrors formErrors) {
        this.queries = queries;
        this.scope = scope;
        this.settings = settings;
        this.view = view;
        this.receipts = receipts;
        this.bounds = bounds;
        this.formErrors = formErrors;
    }

    @GetMapping("/gate/log")
    @PreAuthorize(Access.READ_GATE)
    String log(@RequestParam(required = false) String facility, @RequestParam(required = false) String date,
               @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser caller = Callers.current();
        String code = view.facility(facility, caller);
        Validation v = new Validation();
        LocalDate day = day(v, date);
        view.options(model, caller);
        model.addAttribute("facility", code);
        model.addAttribute("date", day);
        model.addAttribute("dateValue", day != null ? day.toString() : date);
        if (code != null) {
            scope.require(code, caller);
        }
        if (!v.ok()) {
            formErrors.add(model, ProblemException.invalid("gate.validation", v.problems()), java.util.Map.of());
            return "gate/log";
        }
        formErrors.none(model);
        if (code != null) {
            model.addAttribute("log", queries.day(code, day, page, 50));
        }
        return "gate/log";
    }

    @GetMapping(value = "/gate/log.csv", produces = "text/csv")
    @PreAuthorize(Access.READ_GATE)
    ResponseEntity<String> csv(@RequestParam String facility, @RequestParam(required = false) String date) {
        scope.require(facility, Callers.current());
        Validation v = new Validation();
        LocalDate day = day(v, date);
        v.throwIfInvalid("gate.validation");
        return GateDownloads.csv(queries, facility, day);
    }

    @GetMapping("/gate/entries/{id}/receipt")
    @PreAuthorize(Access.READ_GATE)
    String receipt(@PathVariable UUID id, Model model) {
        model.addAttribute("r", receipts.of(id, Callers.current()));
        return "gate/receipt";
    }

    /** The receipt's body alone, for htmx to poll while it is pending. */
    @GetMapping("/gate/entries/{id}/receipt/part")
    @PreAuthorize(Access.READ_GATE)
    String receiptPart(@PathVariable UUID id, Model model) {
        model.addAttribute("r", receipts.of(id, Callers.current()));
        return "gate/receipt :: body";
    }

    /**
     * The day asked for ({@code yyyy-MM-dd}, as a date input sends it; today when none), or null with the problem
     * on {@code date}: not a date, or outside the bounds of a past fact (not before 1900, not after today).
     */
    private LocalDate day(Validation v, String date) {
        if (date == null || date.isBlank()) {
            return settings.today();
        }
        try {
            LocalDate day = LocalDate.parse(date.trim());
            return bounds.date(v, "date", day, Bounds.Kind.PAST_FACT) ? day : null;
        } catch (DateTimeParseException e) {
            v.reject("date", "gate.date.invalid");
            return null;
        }
    }
}
