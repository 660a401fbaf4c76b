package org.custos.registry.web;

import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.registry.Corrections;
import org.custos.registry.Registry;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting one field of a person's identity: which field, the new value and why. The registry
 * keeps the old value, the reason and the author in the file's history.
 */
@Controller
class CorrectionPages {

    private static final Map<String, String> ANCHORS = Map.of("field", "field-" + Corrections.FIELDS.getFirst());

    private final Corrections corrections;
    private final Registry registry;
    private final FormErrors formErrors;

    CorrectionPages(Corrections corrections, Registry registry, FormErrors formErrors) {
        this.corrections = corrections;
        this.registry = registry;
        this.formErrors = formErrors;
    }

    @GetMapping("/persons/{id}/correction")
    @PreAuthorize(Access.ADMIT)
    String form(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return show(id, model, null, "", "");
    }

    @PostMapping("/persons/{id}/correction")
    @PreAuthorize(Access.ADMIT)
    String correct(@PathVariable UUID id, @RequestParam(defaultValue = "") String field,
                   @RequestParam(defaultValue = "") String newValue, @RequestParam(defaultValue = "") String reason,
                   Model model, RedirectAttributes redirect) {
        try {
            var entry = corrections.correct(id, field, asRegistryValue(field, newValue.strip()), reason.strip(),
                    Callers.current());
            redirect.addFlashAttribute("corrected", entry.field());
            return "redirect:/persons/" + id + "?purpose=CORRECTION";
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            formErrors.add(model, e, ANCHORS);
            return show(id, model, field, newValue, reason);
        }
    }

    private String show(UUID id, Model model, String field, String newValue, String reason) {
        model.addAttribute("file", registry.file(id, Callers.current(), "CORRECTION"));
        model.addAttribute("fields", Corrections.FIELDS);
        model.addAttribute("field", field);
        model.addAttribute("newValue", newValue);
        model.addAttribute("reason", reason);
        return "registry/correction";
    }

    /** Values as people type them, as the registry takes them: a date as ISO, a sex or country as its code. */
    private static String asRegistryValue(String field, String value) {
        return switch (field) {
            case "dateOfBirth" -> {
                try {
                    yield WebDates.parseDate(value).map(Object::toString).orElse("");
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid("registry.validation", FieldProblem.of("newValue", "web.date"));
                }
            }
            case "sex" -> switch (value.toLowerCase(Locale.ROOT)) {
                case "hombre", "male", "m", "h" -> "MALE";
                case "mujer", "female", "f" -> "FEMALE";
                default -> value.toUpperCase(Locale.ROOT);
            };
            case "nationality" -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }
}
