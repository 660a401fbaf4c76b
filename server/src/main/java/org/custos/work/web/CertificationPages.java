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

/**
 * The month's pending credits per person with their evidence, a page of {@value #SHOWN} persons at a time
 * ("página p de n"), and the judge's decision recorded per person.
 */
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
    String list(@RequestParam(required = false) String month, @RequestParam(required = false) String page, Model model) {
        formErrors.none(model);
        return page(month == null ? settings.today().toString().substring(0, 7) : month, pageIndex(page), null, model);
    }

    @PostMapping("/work/certifications")
    @PreAuthorize(Access.CERTIFY_WORK)
    String decide(@RequestParam String month, @RequestParam UUID personId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String constancia, @RequestParam(required = false) String documentSha256,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String page, Model model) {
        try {
            certification.certify(new Requests.Certification(month, List.of(new Requests.Decision(personId, decision,
                    reason, constancia, documentSha256 == null ? null : documentSha256.trim()))), Callers.current());
            return "redirect:/work/certifications?month=" + month + "&page=" + pageIndex(page) + "&done";
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            String p = personId.toString();
            formErrors.add(model, e, Map.of("decisions[0].constancia", "constancia-" + p,
                    "decisions[0].documentSha256", "sha-" + p, "decisions[0].reason", "reason-" + p,
                    "decisions[0].decision", "decision-" + p, "decisions[0].personId", "decision-" + p));
            return page(month, pageIndex(page), personId, model);
        }
    }

    private String page(String month, int page, UUID failed, Model model) {
        model.addAttribute("month", month);
        var persons = certification.pending(month, Callers.current());
        model.addAttribute("persons", persons);
        // a national month can hold tens of thousands of persons: a page of them at a time (the API has all)
        int pages = Math.max(1, (persons.size() + SHOWN - 1) / SHOWN);
        int p = Math.min(page, pages - 1);
        model.addAttribute("shown", persons.subList(p * SHOWN, Math.min((p + 1) * SHOWN, persons.size())));
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("failed", failed);
        return "work/certifications";
    }

    /** The page asked for, from 0; anything that is not a small whole number is the first page (as the alert list). */
    static int pageIndex(String page) {
        String v = page == null ? "" : page.strip();
        return v.matches("[0-9]{1,6}") ? Integer.parseInt(v) : 0;
    }
}
