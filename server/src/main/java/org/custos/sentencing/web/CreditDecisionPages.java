package org.custos.sentencing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.sentencing.internal.Commands.ApprovalCommand;
import org.custos.sentencing.internal.Commands.RevocationCommand;
import org.custos.sentencing.internal.CreditService;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervising judge's decisions on a credit, recorded from the sentence page: the approval of a
 * pending credit (with the constancia) and the revocation of an approved one (date and reason). Each
 * credit has its own controls ({@code constancia-<creditId>}, {@code revokedOn-<creditId>},
 * {@code revokeReason-<creditId>}) so a refusal is shown beside the right credit.
 */
@Controller
class CreditDecisionPages {

    private final CreditService credits;
    private final SentenceSheet sheet;

    CreditDecisionPages(CreditService credits, SentenceSheet sheet) {
        this.credits = credits;
        this.sheet = sheet;
    }

    @PostMapping("/persons/{personId}/sentence/credits/{creditId}/approval")
    @PreAuthorize(Access.APPROVE_CREDIT)
    String approve(@PathVariable UUID personId, @PathVariable UUID creditId, @RequestParam Map<String, String> form,
                   Model model) {
        String constancia = "constancia-" + creditId;
        try {
            credits.approve(personId, creditId, new ApprovalCommand(form.get(constancia)), Callers.current());
            return "redirect:/persons/" + personId + "/sentence#credit-" + creditId;
        } catch (ProblemException e) {
            return sheet.refused(personId, model, form, e, f -> constancia);
        }
    }

    @PostMapping("/persons/{personId}/sentence/credits/{creditId}/revocation")
    @PreAuthorize(Access.APPROVE_CREDIT)
    String revoke(@PathVariable UUID personId, @PathVariable UUID creditId, @RequestParam Map<String, String> form,
                  Model model) {
        String on = "revokedOn-" + creditId, reason = "revokeReason-" + creditId;
        try {
            List<FieldProblem> parse = new ArrayList<>();
            var date = SentencePages.date(form, on, parse);
            if (!parse.isEmpty()) throw ProblemException.invalid("sentencing.validation", parse);
            credits.revoke(personId, creditId, new RevocationCommand(date, form.get(reason), null), Callers.current());
            return "redirect:/persons/" + personId + "/sentence#credit-" + creditId;
        } catch (ProblemException e) {
            return sheet.refused(personId, model, form, e, f -> f.endsWith("reason") ? reason : on);
        }
    }
}
