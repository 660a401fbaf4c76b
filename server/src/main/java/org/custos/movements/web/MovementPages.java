package org.custos.movements.web;

import org.custos.movements.internal.MovementQueries;
import org.custos.movements.internal.MovementService;
import org.custos.movements.internal.TransferService;
import java.util.Map;
import java.util.UUID;
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

/**
 * A facility's movements page: who is out now (escorts), transfers awaiting departure, in transit out
 * and in, with the buttons that record a departure, an arrival or a return.
 */
@Controller
class MovementPages {

    private final MovementQueries queries;
    private final TransferService transfers;
    private final MovementService escorts;
    private final FormErrors formErrors;

    private final org.custos.facilities.FacilityDirectory facilities;

    MovementPages(MovementQueries queries, TransferService transfers, MovementService escorts, FormErrors formErrors,
                  org.custos.facilities.FacilityDirectory facilities) {
        this.facilities = facilities;
        this.queries = queries;
        this.transfers = transfers;
        this.escorts = escorts;
        this.formErrors = formErrors;
    }

    @GetMapping("/movements/facilities/{code}")
    @PreAuthorize(Access.READ_CAPACITY)
    String facility(@PathVariable String code, Model model) {
        formErrors.none(model);
        return page(code, model);
    }

    @PostMapping("/movements/transfers/{id}/departure")
    @PreAuthorize(Access.MOVE)
    String depart(@PathVariable UUID id, @RequestParam String facility, Model model) {
        return act(facility, model, "departed", () -> transfers.depart(id, null, Callers.current()));
    }

    @PostMapping("/movements/transfers/{id}/arrival")
    @PreAuthorize(Access.MOVE)
    String arrive(@PathVariable UUID id, @RequestParam String facility, Model model) {
        return act(facility, model, "arrived", () -> transfers.arrive(id, null, Callers.current()));
    }

    @PostMapping("/movements/escorts/{id}/return")
    @PreAuthorize(Access.MOVE)
    String back(@PathVariable UUID id, @RequestParam String facility, Model model) {
        return act(facility, model, "returned", () -> escorts.escortBack(id, null, Callers.current()));
    }

    private String act(String facility, Model model, String done, Runnable command) {
        try {
            command.run();
            return "redirect:/movements/facilities/" + facility + "?" + done;
        } catch (ProblemException e) {
            formErrors.add(model, e, Map.of());
            return page(facility, model);
        }
    }

    private String page(String code, Model model) {
        CurrentUser caller = Callers.current();
        if (!caller.mayActIn(code) || facilities.find(code).isEmpty()) {
            throw ProblemException.notFound("movements.not-found");
        }
        model.addAttribute("facilityCode", code);
        model.addAttribute("open", queries.open(code));
        return "movements/facility";
    }
}
