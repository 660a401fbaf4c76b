package org.custos.agreements.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.agreements.internal.AgreementReads;
import org.custos.agreements.internal.AgreementService;
import org.custos.agreements.internal.Requests;
import org.custos.agreements.rules.Eligibility;
import org.custos.agreements.rules.Fees;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreement pages: the agreements the caller may see, one agreement's current terms in words with its version
 * history, and — for the agreement administrator — the forms to record an agreement and to amend one (a new full
 * version with its reason). Scope as the API: another state's agreement is 404 for a liaison.
 */
@Controller
class AgreementPages {

    private static final List<String> PERIODS = List.of("MONTHLY", "QUARTERLY", "YEARLY");
    private static final List<String> RULE_SETS = List.of("US", "SV", "CO", "PE");
    private static final List<String> SEXES = List.of("MALE", "FEMALE");

    private final AgreementService agreements;
    private final AgreementReads reads;
    private final FacilityDirectory facilities;
    private final FormErrors formErrors;
    private final MessageSource messages;

    AgreementPages(AgreementService agreements, AgreementReads reads, FacilityDirectory facilities,
                   FormErrors formErrors, MessageSource messages) {
        this.agreements = agreements;
        this.reads = reads;
        this.facilities = facilities;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/agreements")
    @PreAuthorize(Access.READ_AGREEMENTS)
    String list(Model model) {
        model.addAttribute("agreements", reads.list(Callers.current()));
        return "agreements/list";
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize(Access.READ_AGREEMENTS)
    String agreement(@PathVariable UUID id, Model model) {
        model.addAttribute("agreement", reads.get(id, Callers.current()));
        model.addAttribute("facilityNames", names(facilities.list()));
        return "agreements/agreement";
    }

    @GetMapping("/agreements/new")
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    String newAgreement(Model model) {
        formErrors.none(model);
        return form(model, new AgreementForm(new LinkedMultiValueMap<>()), null);
    }

    @PostMapping("/agreements")
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    String record(@RequestParam MultiValueMap<String, String> params, Model model) {
        AgreementForm form = new AgreementForm(params);
        try {
            var terms = form.terms();
            UUID id = agreements.create(new Requests.NewAgreement(form.get("code"), terms), Callers.current(), form.problems);
            return "redirect:/agreements/" + id + "?recorded";
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) throw e;
            refused(model, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/agreements/{id}/amendment")
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    String amendment(@PathVariable UUID id, Model model) {
        AgreementService.Agreement a = reads.get(id, Callers.current());
        formErrors.none(model);
        return form(model, AgreementForm.of(a.current().terms()), a);
    }

    @PostMapping("/agreements/{id}/amendments")
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    String amend(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
        AgreementService.Agreement a = reads.get(id, Callers.current());
        AgreementForm form = new AgreementForm(params);
        try {
            var terms = form.terms();
            agreements.amend(id, new Requests.Amendment(form.get("reason"), terms), Callers.current(), form.problems);
            return "redirect:/agreements/" + id + "?amended";
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) throw e;
            refused(model, e);
            return form(model, form, a);
        }
    }

    private String form(Model model, AgreementForm form, AgreementService.Agreement amending) {
        CurrentUser caller = Callers.current();
        model.addAttribute("form", form);
        model.addAttribute("amending", amending);
        model.addAttribute("facilities", facilities.list().stream().filter(f -> caller.mayActIn(f.code())).toList());
        model.addAttribute("models", Fees.MODELS);
        model.addAttribute("items", Fees.SEPARATE_ITEMS);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("ruleSets", RULE_SETS);
        model.addAttribute("statuses", Eligibility.STATUSES);
        model.addAttribute("sexes", SEXES);
        model.addAttribute("returnRules", Eligibility.RETURN_RULES);
        return "agreements/form";
    }

    /** The refusal beside each control (a list's row named by its list) and, in the summary, with the field's label. */
    private void refused(Model model, ProblemException e) {
        List<FieldProblem> renamed = e.fields().stream()
                .map(f -> new FieldProblem(f.field().replaceAll("\\[\\d+]", ""), f.code(), f.args())).toList();
        formErrors.add(model, new ProblemException(e.status(), e.code(), renamed), Map.of());
        @SuppressWarnings("unchecked")
        List<FormErrors.SummaryLine> lines = (List<FormErrors.SummaryLine>) model.getAttribute("errors");
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("errors", lines.stream().map(l -> new FormErrors.SummaryLine(l.anchor(),
                messages.getMessage("agreements.form." + l.anchor().replaceFirst("^terms\\.", ""), null, l.anchor(), locale) + ": " + l.message())).toList());
    }

    private static Map<String, String> names(List<Facility> all) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Facility f : all) names.put(f.code(), f.name());
        return names;
    }
}
