package org.custos.work.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.CertificationService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The month's pending credits per person with their evidence, and the judge's decision recorded per person. */
@Controller
class CertificationPages {

    static final int SHOWN = 100;

    private final CertificationService certification;
    private final WorkSettings settings;
    private final FormErrors formErrors;

    CertificationPages(CertificationService certification, WorkSettings settings, FormErrors formErrors) {
        this.certification = certification;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/work/certifications")
    @PreAuthorize(Access.READ_WORK)
    String list(@RequestParam(required = false) String month, Model model) {
        formErrors.none(model);
        return page(month == null ? settings.today().toString().substring(0, 7) : month, null, model);
    }

    @PostMapping("/work/certifications")
    @PreAuthorize(Access.CERTIFY_WORK)
    String decide(@RequestParam String month, @RequestParam UUID personId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String constancia, @RequestParam(required = false) String documentSha256,
                  @RequestParam(required = false) String reason, Model model) {
        try {
            certification.certify(new Requests.Certification(month, List.of(new Requests.Decision(personId, decision,
                    reason, constancia, documentSha256 == null ? null : documentSha256.trim()))), Callers.current());
            return "redirect:/work/certifications?month=" + month + "&done";
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            String p = personId.toString();
            formErrors.add(model, e, Map.of("decisions[0].constancia", "constancia-" + p,
                    "decisions[0].documentSha256", "sha-" + p, "decisions[0].reason", "reason-" + p,
                    "decisions[0].decision", "decision-" + p, "decisions[0].personId", "decision-" + p));
            return page(month, personId, model);
        }
    }

    private String page(String month, UUID failed, Model model) {
        model.addAttribute("month", month);
        var persons = certification.pending(month, Callers.current());
        model.addAttribute("persons", persons);
        // a national month can hold tens of thousands of persons: the page shows the first ones (the API has all)
        model.addAttribute("shown", persons.subList(0, Math.min(SHOWN, persons.size())));
        model.addAttribute("failed", failed);
        return "work/certifications";
    }
}
