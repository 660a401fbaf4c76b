package org.custos.sentencing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.sentencing.internal.Commands.CreditCommand;
import org.custos.sentencing.internal.Commands.IntervalCommand;
import org.custos.sentencing.internal.Commands.SentenceCommand;
import org.custos.sentencing.internal.CreditService;
import org.custos.sentencing.internal.SentencingService;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's sentence page: the dates, a timeline, every derivation line in plain words, and the forms
 * to add a sentence, a custody interval and a credit. A refused form comes back with what was typed,
 * the error summary at the top and each message beside its field.
 */
@Controller
class SentencePages {

    /** The engine's field (after {@code sentences[n].} or {@code credits[n].}) to the form control's id. */
    private static final Map<String, String> CONTROLS = Map.ofEntries(Map.entry("term", "years"),
            Map.entry("startDate", "startDate"), Map.entry("offenceDate", "offenceDate"),
            Map.entry("jurisdiction", "jurisdiction"), Map.entry("offence.code", "offenceCode"),
            Map.entry("offence.classification", "classification"), Map.entry("relatedTo", "jurisdiction"),
            Map.entry("relation", "jurisdiction"), Map.entry("date", "creditDate"), Map.entry("kind", "kind"),
            Map.entry("days", "creditDays"), Map.entry("hours", "creditDays"), Map.entry("status", "status"),
            Map.entry("approval.document", "document"), Map.entry("approval", "status"));
    /** A custody interval's fields ({@code custody[n].from}; an overlap names {@code custody[n]} itself). */
    private static final Map<String, String> CUSTODY = Map.of("from", "custodyFrom", "to", "custodyTo",
            "sentenceId", "custodySentence", "document", "custodyDocument");

    private final SentencingService sentences;
    private final CreditService credits;
    private final SentenceSheet sheet;

    SentencePages(SentencingService sentences, CreditService credits, SentenceSheet sheet) {
        this.sentences = sentences;
        this.credits = credits;
        this.sheet = sheet;
    }

    @GetMapping("/persons/{personId}/sentence")
    @PreAuthorize(Access.READ_SENTENCES)
    String page(@PathVariable UUID personId, Model model) {
        return sheet.render(personId, model, Map.of());
    }

    @PostMapping("/persons/{personId}/sentence/sentences")
    @PreAuthorize(Access.RECORD_SENTENCE)
    String addSentence(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model) {
        try {
            List<FieldProblem> parse = new ArrayList<>();
            SentenceCommand c = new SentenceCommand(form.get("jurisdiction"), form.get("offenceCode"),
                    form.get("classification"), null, number(form, "years", parse), number(form, "months", parse),
                    number(form, "days", parse), date(form, "startDate", parse), date(form, "offenceDate", parse),
                    null, null, null);
            if (!parse.isEmpty()) throw ProblemException.invalid("sentencing.validation", parse);
            sentences.recordSentence(personId, c, Callers.current());
            return "redirect:/persons/" + personId + "/sentence";
        } catch (ProblemException e) {
            return sheet.refused(personId, model, form, e, SentencePages::control);
        }
    }

    @PostMapping("/persons/{personId}/sentence/custody")
    @PreAuthorize(Access.RECORD_SENTENCE)
    String addInterval(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model) {
        try {
            List<FieldProblem> parse = new ArrayList<>();
            IntervalCommand c = new IntervalCommand(uuid(form, "custodySentence", parse), date(form, "custodyFrom", parse),
                    date(form, "custodyTo", parse), form.get("custodyDocument"));
            if (!parse.isEmpty()) throw ProblemException.invalid("sentencing.validation", parse);
            sentences.recordInterval(personId, c, Callers.current());
            return "redirect:/persons/" + personId + "/sentence";
        } catch (ProblemException e) {
            return sheet.refused(personId, model, form, e, SentencePages::custodyControl);
        }
    }

    @PostMapping("/persons/{personId}/sentence/credits")
    @PreAuthorize(Access.RECORD_CREDIT)
    String addCredit(@PathVariable UUID personId, @RequestParam Map<String, String> form, Model model) {
        try {
            List<FieldProblem> parse = new ArrayList<>();
            CreditCommand c = new CreditCommand(null, form.get("kind"), date(form, "creditDate", parse),
                    number(form, "creditDays", parse), null, form.get("status"), form.get("document"));
            if (!parse.isEmpty()) throw ProblemException.invalid("sentencing.validation", parse);
            credits.record(personId, c, Callers.current());
            return "redirect:/persons/" + personId + "/sentence";
        } catch (ProblemException e) {
            return sheet.refused(personId, model, form, e, SentencePages::control);
        }
    }

    static String control(String field) {
        return CONTROLS.getOrDefault(rest(field), rest(field));
    }

    static String custodyControl(String field) {
        return field.startsWith("custody") ? CUSTODY.getOrDefault(rest(field), "custodyFrom") : field;
    }

    /** The field after {@code name[n].}, or the whole field. */
    static String rest(String field) {
        int dot = field.indexOf("].");
        return dot < 0 ? field : field.substring(dot + 2);
    }

    static Integer number(Map<String, String> form, String name, List<FieldProblem> problems) {
        String v = form.get(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(name, "sentencing.INVALID_VALUE", v));
            return null;
        }
    }

    static java.time.LocalDate date(Map<String, String> form, String name, List<FieldProblem> problems) {
        try {
            return SentencingView.parseDate(form.get(name));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(name, "sentencing.INVALID_VALUE", form.get(name)));
            return null;
        }
    }

    private static UUID uuid(Map<String, String> form, String name, List<FieldProblem> problems) {
        String v = form.get(name);
        if (v == null || v.isBlank()) return null;
        try {
            return UUID.fromString(v.trim());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(name, "sentencing.INVALID_VALUE", v));
            return null;
        }
    }
}
