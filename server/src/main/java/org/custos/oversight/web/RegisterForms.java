package org.custos.oversight.web;

import java.util.Map;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.oversight.internal.OversightSettings;
import org.custos.oversight.internal.RegisterQueries;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register forms of a facility (docs/oversight.md, "Forms"): the list of those the caller may use, and each form
 * shown, refused beside its fields in the user's language, or recorded and redirected (POST-redirect-GET). A monitor
 * lodges complaints and allegations and records visits — oversight records only; segregations and readings are the
 * staff's (warden, officer), as in the API.
 */
@Controller
class RegisterForms {

    private final FormCatalog catalog;
    private final RegisterQueries registers;
    private final FacilityDirectory facilities;
    private final FormErrors formErrors;
    private final OversightSettings settings;

    RegisterForms(FormCatalog catalog, RegisterQueries registers, FacilityDirectory facilities, FormErrors formErrors,
                  OversightSettings settings) {
        this.catalog = catalog;
        this.registers = registers;
        this.facilities = facilities;
        this.formErrors = formErrors;
        this.settings = settings;
    }

    @GetMapping("/oversight/forms")
    @PreAuthorize(Access.READ_OVERSIGHT)
    String chooseFacility(Model model) {
        CurrentUser caller = Callers.current();
        model.addAttribute("choices", facilities.list().stream().filter(f -> caller.mayActIn(f.code())).toList());
        return "oversight/forms";
    }

    @GetMapping("/oversight/facilities/{code}/forms")
    @PreAuthorize(Access.READ_OVERSIGHT)
    String list(@PathVariable String code, Model model) {
        model.addAttribute("facility", facility(code));
        return "oversight/forms";
    }

    @GetMapping("/oversight/facilities/{code}/complaints/new")
    @PreAuthorize(Access.LODGE_COMPLAINT)
    String complaint(@PathVariable String code, Model model) {
        return show("complaints", code, Map.of(), model);
    }

    @PostMapping("/oversight/facilities/{code}/complaints")
    @PreAuthorize(Access.LODGE_COMPLAINT)
    String lodge(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return submit("complaints", code, form, model, r);
    }

    @GetMapping("/oversight/facilities/{code}/allegations/new")
    @PreAuthorize(Access.LODGE_COMPLAINT)
    String allegation(@PathVariable String code, Model model) {
        return show("allegations", code, Map.of(), model);
    }

    @PostMapping("/oversight/facilities/{code}/allegations")
    @PreAuthorize(Access.LODGE_COMPLAINT)
    String allege(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return submit("allegations", code, form, model, r);
    }

    @GetMapping("/oversight/facilities/{code}/visits/new")
    @PreAuthorize(Access.MONITOR)
    String visit(@PathVariable String code, Model model) {
        return show("visits", code, Map.of(), model);
    }

    @PostMapping("/oversight/facilities/{code}/visits")
    @PreAuthorize(Access.MONITOR)
    String recordVisit(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes r) {
        return submit("visits", code, form, model, r);
    }

    @GetMapping("/oversight/facilities/{code}/segregations/new")
    @PreAuthorize(Access.RECORD_CONDITIONS)
    String segregation(@PathVariable String code, Model model) {
        return show("segregations", code, Map.of(), model);
    }

    @PostMapping("/oversight/facilities/{code}/segregations")
    @PreAuthorize(Access.RECORD_CONDITIONS)
    String segregate(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
                     RedirectAttributes r) {
        return submit("segregations", code, form, model, r);
    }

    @GetMapping("/oversight/facilities/{code}/readings/new")
    @PreAuthorize(Access.RECORD_CONDITIONS)
    String reading(@PathVariable String code, Model model) {
        return show("readings", code, Map.of(), model);
    }

    @PostMapping("/oversight/facilities/{code}/readings")
    @PreAuthorize(Access.RECORD_CONDITIONS)
    String read(@PathVariable String code, @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
        return submit("readings", code, form, model, r);
    }

    private Facility facility(String code) {
        registers.require(code, Callers.current());
        return facilities.find(code).orElseThrow();
    }

    private String show(String kind, String code, Map<String, String> form, Model model) {
        model.addAttribute("facility", facility(code));
        model.addAttribute("kind", kind);
        model.addAttribute("fields", catalog.fields(kind, code, LocaleContextHolder.getLocale()));
        model.addAttribute("form", form);
        model.addAttribute("referralBody", settings.referralBody());
        if (!model.containsAttribute("errors")) formErrors.none(model);
        return "oversight/form";
    }

    private String submit(String kind, String code, Map<String, String> form, Model model, RedirectAttributes redirect) {
        facility(code);
        try {
            catalog.submit(kind, code, form, Callers.current());
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) throw e;
            formErrors.add(model, e, Map.of());
            return show(kind, code, form, model);
        }
        redirect.addFlashAttribute("recorded", kind);
        return "redirect:/oversight/facilities/" + code + "/forms";
    }
}
