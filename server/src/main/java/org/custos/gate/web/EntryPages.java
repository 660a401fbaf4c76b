package org.custos.gate.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.custos.gate.internal.GateCorrections;
import org.custos.gate.internal.GateQueries;
import org.custos.gate.internal.GateRequests;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One gate entry: its current values (corrected ones marked), the original as recorded, the history of
 * corrections, and the form to append one (the reason is required).
 */
@Controller
class EntryPages {

    /** The label of each correctable field. */
    static final Map<String, String> LABELS = Map.of("givenNames", "gate.givenNames", "firstSurname",
            "gate.firstSurname", "secondSurname", "gate.secondSurname", "documentNumber", "gate.documentNumber",
            "organisation", "gate.organisation", "purpose", "gate.purpose", "area", "gate.area",
            "authorizedBy", "gate.authorizedBy", "enteredAt", "gate.col.entered", "exitedAt", "gate.col.exited");

    private final GateQueries queries;
    private final GateCorrections corrections;
    private final FormErrors formErrors;
    private final MessageSource messages;

    EntryPages(GateQueries queries, GateCorrections corrections, FormErrors formErrors, MessageSource messages) {
        this.queries = queries;
        this.corrections = corrections;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping("/gate/entries/{id}")
    @PreAuthorize(Access.READ_GATE)
    String entry(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return render(id, new HashMap<>(), model, Callers.current());
    }

    @PostMapping("/gate/entries/{id}/corrections")
    @PreAuthorize(Access.RECORD_GATE)
    String correct(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        CurrentUser caller = Callers.current();
        try {
            corrections.correct(id, new GateRequests.Correction(blankToNull(form.get("field")), form.get("newValue"),
                    form.get("reason")), caller);
            return "redirect:/gate/entries/" + id + "?corrected";
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            formErrors.add(model, e, Map.of("field", "field-" + GateCorrections.FIELDS.getFirst()));
            return render(id, form, model, caller);
        }
    }

    private String render(UUID id, Map<String, String> form, Model model, CurrentUser caller) {
        model.addAttribute("current", queries.current(id, caller));
        model.addAttribute("original", queries.entry(id, caller));
        model.addAttribute("corrections", corrections.of(id));
        model.addAttribute("form", form);
        model.addAttribute("fields", GateCorrections.FIELDS.stream().map(f -> new GateView.Option(f, label(f)))
                .toList());
        model.addAttribute("labels", labels());
        return "gate/entry";
    }

    private Map<String, String> labels() {
        Map<String, String> out = new HashMap<>();
        LABELS.keySet().forEach(f -> out.put(f, label(f)));
        return out;
    }

    private String label(String field) {
        return messages.getMessage(LABELS.getOrDefault(field, field), null, field, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
