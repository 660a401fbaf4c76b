package org.custos.sentencing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.custos.identity.Callers;
import org.custos.sentencing.CreditEvidence;
import org.custos.sentencing.internal.SentencingQueries;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the sentence page for its controllers, and a refused form on it: what was typed, the error
 * summary at the top and each message beside its control.
 */
@Component
class SentenceSheet {

    private final SentencingQueries queries;
    private final FormErrors formErrors;
    private final ObjectProvider<CreditEvidence> evidence;

    SentenceSheet(SentencingQueries queries, FormErrors formErrors, ObjectProvider<CreditEvidence> evidence) {
        this.queries = queries;
        this.formErrors = formErrors;
        this.evidence = evidence;
    }

    String render(UUID personId, Model model, Map<String, String> form) {
        if (model.getAttribute("errors") == null) formErrors.none(model);
        var sheet = queries.sheet(personId, Callers.current(), "SENTENCING");
        model.addAttribute("file", sheet.file());
        model.addAttribute("records", sheet.records());
        model.addAttribute("dates", sheet.dates().orElse(null));
        model.addAttribute("result", sheet.dates().map(d -> SentencingView.result(d.result())).orElse(null));
        model.addAttribute("timeline", Timeline.of(sheet.records(), model.getAttribute("result")));
        model.addAttribute("creditMonths", CreditMonth.of(sheet.records().credits()));
        // the attendance behind certified work credits, from the module that keeps it (none when it is absent)
        model.addAttribute("certifiedMonths", evidence.stream().flatMap(e -> e.certifiedMonths(personId).stream()).toList());
        model.addAttribute("form", form);
        model.addAttribute("jurisdictions", List.of("SV", "US", "CO", "PE"));
        model.addAttribute("classes", List.of("LESSER", "SERIOUS"));
        model.addAttribute("statuses", List.of("PENDING", "APPROVED"));
        model.addAttribute("kinds", List.of("WORK", "COMMUNITY_WORK", "STUDY", "TEACHING", "PROGRAMMING"));
        return "sentencing/sentence";
    }

    /**
     * The page again with the problems of a refused command (422, or 409 for a credit no longer pending
     * or approved), each field mapped to its form control by {@code control}; anything else is rethrown.
     */
    String refused(UUID personId, Model model, Map<String, String> form, ProblemException e,
                   Function<String, String> control) {
        if (e.status() != HttpStatus.UNPROCESSABLE_CONTENT && e.status() != HttpStatus.CONFLICT) throw e;
        List<FieldProblem> mapped = e.fields().stream()
                .map(f -> new FieldProblem(control.apply(f.field()), f.code(), f.args())).toList();
        formErrors.add(model, new ProblemException(e.status(), e.code(), mapped), Map.of());
        return render(personId, model, form);
    }
}
