package org.custos.gate.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.GateQueries;
import org.custos.gate.internal.GateService;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The gate officer's page: record an entry; the people inside, each with a button to record their exit. */
@Controller
class GatePages {

    private final GateService gate;
    private final GateQueries queries;
    private final GateView view;
    private final FormErrors formErrors;

    GatePages(GateService gate, GateQueries queries, GateView view, FormErrors formErrors) {
        this.gate = gate;
        this.queries = queries;
        this.view = view;
        this.formErrors = formErrors;
    }

    @GetMapping("/gate")
    @PreAuthorize(Access.READ_GATE)
    String page(@RequestParam(required = false) String facility, @RequestParam(required = false) UUID recorded,
                @RequestParam(required = false) UUID exited, Model model) {
        CurrentUser caller = Callers.current();
        String code = view.facility(facility, caller);
        Map<String, String> form = new HashMap<>();
        form.put("facilityCode", code);
        form.put("person.documentCountry", "SV");
        model.addAttribute("form", form);
        model.addAttribute("recorded", recorded);
        model.addAttribute("exited", exited);
        formErrors.none(model);
        return render(code, model, caller);
    }

    @PostMapping("/gate/entries")
    @PreAuthorize(Access.RECORD_GATE)
    String enter(@RequestParam Map<String, String> form, Model model) {
        CurrentUser caller = Callers.current();
        try {
            GateService.Recorded r = gate.enter(GateView.entry(form), caller);
            return "redirect:/gate?facility=" + GateView.encode(form.get("facilityCode")) + "&recorded=" + r.id();
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of());
            model.addAttribute("form", form);
            return render(form.get("facilityCode"), model, caller);
        }
    }

    @PostMapping("/gate/entries/{id}/exit")
    @PreAuthorize(Access.RECORD_GATE)
    String exit(@PathVariable UUID id) {
        CurrentUser caller = Callers.current();
        String facility = gate.facilityOf(id, caller);
        try {
            gate.exit(id, null, caller);
        } catch (ProblemException e) {
            if (!"gate.already-out".equals(e.code())) {
                throw e;
            }
        }
        return "redirect:/gate?facility=" + GateView.encode(facility) + "&exited=" + id;
    }

    private String render(String facility, Model model, CurrentUser caller) {
        view.options(model, caller);
        model.addAttribute("facility", facility);
        boolean visible = facility != null && caller.mayActIn(facility);
        model.addAttribute("inside", visible ? queries.inside(facility) : java.util.List.of());
        return "gate/officer";
    }
}
