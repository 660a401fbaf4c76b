package org.custos.registry.web;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.LegalStatuses;
import org.custos.registry.Registry;
import org.custos.registry.Releases;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing a held person's legal status, and releasing them: one page each, every field required. */
@Controller
class StatusPages {

    private static final Map<String, String> ANCHORS = Map.of("kind", "kind-UNTRIED");

    private final LegalStatuses statuses;
    private final Releases releases;
    private final Registry registry;
    private final FormErrors formErrors;
    private final RegistryView view;

    StatusPages(LegalStatuses statuses, Releases releases, Registry registry, FormErrors formErrors,
                RegistryView view) {
        this.statuses = statuses;
        this.releases = releases;
        this.registry = registry;
        this.formErrors = formErrors;
        this.view = view;
    }

    @GetMapping("/persons/{id}/legal-status")
    @PreAuthorize(Access.CHANGE_LEGAL_STATUS)
    String statusForm(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return show(id, model, "registry/legal-status", "LEGAL_STATUS", Map.of());
    }

    @PostMapping("/persons/{id}/legal-status")
    @PreAuthorize(Access.CHANGE_LEGAL_STATUS)
    String changeStatus(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                        RedirectAttributes redirect) {
        try {
            Validation typing = new Validation();
            var at = when(typing, "effectiveAt", form.get("effectiveDate"), form.get("effectiveTime"));
            typing.throwIfInvalid("registry.validation");
            LegalStatusKind kind = java.util.Arrays.stream(LegalStatusKind.values())
                    .filter(k -> k.name().equals(form.get("kind"))).findFirst().orElse(null);
            statuses.change(id, new LegalStatuses.Change(kind, blankToNull(form.get("decreeNumber")),
                    blankToNull(form.get("heldForState")), at, blankToNull(form.get("basis")), null),
                    Callers.current());
            redirect.addFlashAttribute("statusChanged", true);
            return "redirect:/persons/" + id + "?purpose=LEGAL_STATUS";
        } catch (ProblemException e) {
            return refused(e, id, model, "registry/legal-status", "LEGAL_STATUS", form);
        }
    }

    @GetMapping("/persons/{id}/release")
    @PreAuthorize(Access.RELEASE)
    String releaseForm(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return show(id, model, "registry/release", "RELEASE", Map.of());
    }

    @PostMapping("/persons/{id}/release")
    @PreAuthorize(Access.RELEASE)
    String release(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect) {
        try {
            Validation typing = new Validation();
            var at = when(typing, "releasedAt", form.get("releasedDate"), form.get("releasedTime"));
            typing.throwIfInvalid("registry.validation");
            releases.release(id, new Releases.Release(blankToNull(form.get("legalBasis")),
                    blankToNull(form.get("authority")), at, blankToNull(form.get("destination"))), Callers.current());
            redirect.addFlashAttribute("released", true);
            return "redirect:/persons/" + id + "?purpose=RELEASE";
        } catch (ProblemException e) {
            return refused(e, id, model, "registry/release", "RELEASE", form);
        }
    }

    private String refused(ProblemException e, UUID id, Model model, String page, String purpose,
                           Map<String, String> form) {
        if (e.fields().isEmpty()) {
            throw e;
        }
        formErrors.add(model, e, ANCHORS);
        return show(id, model, page, purpose, form);
    }

    private String show(UUID id, Model model, String page, String purpose, Map<String, String> form) {
        model.addAttribute("file", registry.file(id, Callers.current(), purpose));
        model.addAttribute("form", form);
        view.addOptions(model);
        return page;
    }

    private java.time.OffsetDateTime when(Validation typing, String field, String date, String time) {
        try {
            return WebDates.parseInstant(date, time, view.zone()).orElse(null);
        } catch (DateTimeParseException e) {
            typing.reject(field, "web.date");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
