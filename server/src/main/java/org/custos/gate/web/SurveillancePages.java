package org.custos.gate.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.GateRequests;
import org.custos.gate.internal.Surveillance;
import org.custos.gate.internal.SurveillanceQueries;
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

/** Surveillance status of a facility: outages open and closed, record one, and what happened during them. */
@Controller
class SurveillancePages {

    private final Surveillance surveillance;
    private final SurveillanceQueries queries;
    private final GateView view;
    private final FormErrors formErrors;
    private final Clock clock;

    SurveillancePages(Surveillance surveillance, SurveillanceQueries queries, GateView view, FormErrors formErrors,
                      Clock clock) {
        this.clock = clock;
        this.surveillance = surveillance;
        this.queries = queries;
        this.view = view;
        this.formErrors = formErrors;
    }

    @GetMapping("/gate/surveillance")
    @PreAuthorize(Access.READ_GATE)
    String page(@RequestParam(required = false) String facility, Model model) {
        CurrentUser caller = Callers.current();
        String code = view.facility(facility, caller);
        model.addAttribute("form", Map.of("facilityCode", code == null ? "" : code));
        formErrors.none(model);
        return render(code, model, caller);
    }

    @PostMapping("/gate/surveillance/outages")
    @PreAuthorize(Access.RECORD_SURVEILLANCE)
    String offline(@RequestParam Map<String, String> form, Model model) {
        CurrentUser caller = Callers.current();
        try {
            surveillance.offline(new GateRequests.Outage(form.get("facilityCode"), form.get("area"), form.get("device"),
                    form.get("reason"), null), caller);
            return "redirect:/gate/surveillance?facility=" + form.get("facilityCode");
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of());
            model.addAttribute("form", form);
            return render(form.get("facilityCode"), model, caller);
        }
    }

    @PostMapping("/gate/surveillance/outages/{id}/restored")
    @PreAuthorize(Access.RECORD_SURVEILLANCE)
    String online(@PathVariable UUID id) {
        CurrentUser caller = Callers.current();
        surveillance.online(id, null, caller);
        return "redirect:/gate/surveillance?facility=" + queries.facilityOf(id);
    }

    private String render(String code, Model model, CurrentUser caller) {
        view.options(model, caller);
        model.addAttribute("facility", code);
        boolean visible = code != null && caller.mayActIn(code);
        model.addAttribute("outages", visible ? queries.outages(code, 100) : java.util.List.of());
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("during", visible ? queries.eventsDuringOutages(code, now.minusDays(30), now.plusMinutes(1), 100)
                : java.util.List.of());
        return "gate/surveillance";
    }
}
