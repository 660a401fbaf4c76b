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

    GateLogPages(GateQueries queries, GateScope scope, GateSettings settings, GateView view, Receipts receipts) {
        this.queries = queries;
        this.scope = scope;
        this.settings = settings;
        this.view = view;
        this.receipts = receipts;
    }

    @GetMapping("/gate/log")
    @PreAuthorize(Access.READ_GATE)
    String log(@RequestParam(required = false) String facility, @RequestParam(required = false) String date,
               @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser caller = Callers.current();
        String code = view.facility(facility, caller);
        LocalDate day = day(date);
        view.options(model, caller);
        model.addAttribute("facility", code);
        model.addAttribute("date", day);
        if (code != null) {
            scope.require(code, caller);
            model.addAttribute("log", queries.day(code, day, page, 50));
        }
        return "gate/log";
    }

    @GetMapping(value = "/gate/log.csv", produces = "text/csv")
    @PreAuthorize(Access.READ_GATE)
    ResponseEntity<String> csv(@RequestParam String facility, @RequestParam(required = false) String date) {
        scope.require(facility, Callers.current());
        return GateDownloads.csv(queries, facility, day(date));
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

    private LocalDate day(String date) {
        try {
            return date == null || date.isBlank() ? settings.today() : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            return settings.today();
        }
    }
}
