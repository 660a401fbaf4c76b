package org.custos.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts a refused form's problems into the model in the user's language: {@code errors} for the
 * summary at the top (each links to its field) and {@code fieldErrors} for the message beside each field.
 */
@Component
public class FormErrors {

    /** One line of the error summary: the id of the field to link to, and the message. */
    public record SummaryLine(String anchor, String message) {
    }

    private final Problems problems;

    FormErrors(Problems problems) {
        this.problems = problems;
    }

    public void none(Model model) {
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
    }

    /**
     * @param anchors maps an API field path to the id of its form control where they differ
     *                (e.g. {@code commitmentOrder.caseNumber} to {@code caseNumber})
     */
    public void add(Model model, ProblemException e, Map<String, String> anchors) {
        List<SummaryLine> summary = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem f : e.fields()) {
            String message = problems.message(f, LocaleContextHolder.getLocale());
            String anchor = anchors.getOrDefault(f.field(), f.field());
            summary.add(new SummaryLine(anchor, message));
            byField.merge(f.field(), message, (a, b) -> a + " " + b);
        }
        model.addAttribute("errors", summary);
        model.addAttribute("fieldErrors", byField);
    }
}
