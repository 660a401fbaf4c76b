package org.custos.gate.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.GateRequests;
import org.custos.gate.internal.GateScope;
import org.custos.gate.internal.GateSettings;
import org.custos.gate.internal.VisitQueries;
import org.custos.gate.internal.VisitService;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Scheduled visits of a facility from today on; book one; a warden approves. */
@Controller
class VisitPages {

    private final VisitService visits;
    private final VisitQueries queries;
    private final GateScope scope;
    private final GateSettings settings;
    private final GateView view;
    private final FormErrors formErrors;

    VisitPages(VisitService visits, VisitQueries queries, GateScope scope, GateSettings settings, GateView view,
               FormErrors formErrors) {
        this.visits = visits;
        this.queries = queries;
        this.scope = scope;
        this.settings = settings;
        this.view = view;
        this.formErrors = formErrors;
    }

    @GetMapping("/gate/visits")
    @PreAuthorize(Access.READ_GATE)
    String list(@RequestParam(required = false) String facility, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser caller = Callers.current();
        String code = view.facility(facility, caller);
        Map<String, String> form = new HashMap<>();
        form.put("facilityCode", code);
        form.put("person.documentCountry", "SV");
        model.addAttribute("form", form);
        formErrors.none(model);
        return render(code, page, model, caller);
    }

    @PostMapping("/gate/visits")
    @PreAuthorize(Access.RECORD_GATE)
    String book(@RequestParam Map<String, String> form, Model model) {
        CurrentUser caller = Callers.current();
        Validation typed = new Validation();
        OffsetDateTime at = when(typed, form.get("scheduledAt"));
        try {
            visits.book(new GateRequests.Visit(form.get("facilityCode"), GateView.entrant(form), form.get("purpose"),
                    form.get("visitedBooking"), form.get("area"), at), caller);
            return "redirect:/gate/visits?facility=" + GateView.encode(form.get("facilityCode")) + "&booked";
        } catch (ProblemException e) {
            formErrors.add(model, typed.ok() ? e : withTyped(e, typed), Map.of());
            model.addAttribute("form", form);
            return render(form.get("facilityCode"), 0, model, caller);
        }
    }

    @PostMapping("/gate/visits/{id}/approval")
    @PreAuthorize(Access.APPROVE_VISIT)
    String approve(@PathVariable UUID id, @RequestParam String facility) {
        visits.approve(id, null, Callers.current());
        return "redirect:/gate/visits?facility=" + GateView.encode(facility) + "&approved";
    }

    /** The outcome of a booked or approved visit; a refusal at the gate needs its reason. */
    @PostMapping("/gate/visits/{id}/outcome")
    @PreAuthorize(Access.RECORD_GATE)
    String conclude(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        CurrentUser caller = Callers.current();
        String facility = form.get("facility");
        try {
            String outcome = form.get("outcome") == null || form.get("outcome").isBlank() ? null : form.get("outcome");
            visits.conclude(id, new GateRequests.Outcome(outcome, form.get("note")), caller);
            return "redirect:/gate/visits?facility=" + GateView.encode(facility) + "&concluded";
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            formErrors.add(model, e, Map.of("outcome", "outcome-" + id, "note", "note-" + id));
            model.addAttribute("outcomeFor", id);
            model.addAttribute("outcomeForm", form);
            Map<String, String> book = new HashMap<>();
            book.put("facilityCode", facility);
            model.addAttribute("form", book);
            return render(facility, 0, model, caller);
        }
    }

    /**
     * The time a {@code datetime-local} input sends ({@code yyyy-MM-ddTHH:mm}, in the facility's zone); null when
     * blank (the booking then refuses it as required) or not a date and time (the problem on {@code scheduledAt}).
     */
    private OffsetDateTime when(Validation v, String text) {
        try {
            return text == null || text.isBlank() ? null
                    : LocalDateTime.parse(text.trim()).atZone(settings.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            v.reject("scheduledAt", "gate.dateTime.invalid");
            return null;
        }
    }

    /** The booking's refusal with the time as typed refused for what it is (not a date), not as missing. */
    private static ProblemException withTyped(ProblemException e, Validation typed) {
        List<FieldProblem> fields = new ArrayList<>(e.fields().stream()
                .filter(f -> !"scheduledAt".equals(f.field())).toList());
        fields.addAll(typed.problems());
        return ProblemException.invalid(e.code(), fields);
    }

    private String render(String code, int page, Model model, CurrentUser caller) {
        view.options(model, caller);
        model.addAttribute("facility", code);
        if (code != null && caller.mayActIn(code)) {
            scope.require(code, caller);
            model.addAttribute("visits", queries.from(code, settings.today(), page, 50));
        } else {
            model.addAttribute("visits", java.util.List.of());
        }
        model.addAttribute("page", page);
        model.addAttribute("outcomes", view.outcomes());
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", Map.of());
        }
        return "gate/visits";
    }
}
