package org.custos.movements.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.movements.internal.MovementQueries;
import org.custos.movements.internal.MovementRequests;
import org.custos.movements.internal.TransferService;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Cancelling a transfer that has not left, with its reason (a warden of the sending facility, as the API's
 * {@code POST /api/v1/transfers/{id}/cancellation}): linked from the facility's movements page. A blank or too long
 * reason comes back beside the field; a transfer that departed (or was cancelled) meanwhile comes back as a message
 * on the page (409); done, back to the movements page (POST-redirect-GET).
 */
@Controller
class TransferCancellationPages {

    private final MovementQueries queries;
    private final TransferService transfers;
    private final FormErrors formErrors;

    TransferCancellationPages(MovementQueries queries, TransferService transfers, FormErrors formErrors) {
        this.queries = queries;
        this.transfers = transfers;
        this.formErrors = formErrors;
    }

    @GetMapping("/movements/transfers/{id}/cancellation")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    String form(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return page(id, origin(id), Map.of(), model);
    }

    @PostMapping("/movements/transfers/{id}/cancellation")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    String cancel(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response) {
        String facility = origin(id);
        try {
            transfers.cancel(id, new MovementRequests.Cancellation(form.get("reason")), Callers.current());
            return "redirect:/movements/facilities/" + facility + "?cancelled";
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            formErrors.add(model, e, Map.of());
            return page(id, facility, form, model);
        }
    }

    /** The sending facility; 404 for a transfer that does not exist or that the caller may not act on. */
    private String origin(UUID id) {
        return queries.origin(id).filter(code -> Callers.current().mayActIn(code))
                .orElseThrow(() -> ProblemException.notFound("movements.not-found"));
    }

    private String page(UUID id, String facility, Map<String, String> form, Model model) {
        model.addAttribute("facilityCode", facility);
        model.addAttribute("transferId", id);
        model.addAttribute("transfer", queries.pending(id).orElse(null));
        model.addAttribute("form", form);
        return "movements/cancel";
    }
}
