package org.custos.releasedates.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.custos.releasedates.model.Term;

/**
 * One typed argument of a derivation step, so that a reader renders the step in its own language: exactly one
 * of {@code date}, {@code count}, {@code period} or {@code value} is set, as {@code kind} says.
 *
 * @param name  what the argument is (start, fullTerm, days, kind, ...)
 * @param kind  DATE, COUNT, PERIOD, CODE (a stable code: a credit kind, an offence, a flag, a risk level),
 *              RULE (a rule-set version id), SENTENCE (a sentence id: name it by its position, never print it),
 *              or TEXT (words a person recorded, such as a constancia or a reason)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepArg(String name, String kind, LocalDate date, Long count, Term period, String value) {

    public static StepArg date(String name, LocalDate d) {
        return new StepArg(name, "DATE", d, null, null, null);
    }

    public static StepArg count(String name, long n) {
        return new StepArg(name, "COUNT", null, n, null, null);
    }

    public static StepArg period(String name, Term t) {
        return new StepArg(name, "PERIOD", null, null, t, null);
    }

    public static StepArg code(String name, String code) {
        return new StepArg(name, "CODE", null, null, null, code);
    }

    public static StepArg rule(String name, String id) {
        return new StepArg(name, "RULE", null, null, null, id);
    }

    public static StepArg sentence(String name, String id) {
        return new StepArg(name, "SENTENCE", null, null, null, id);
    }

    public static StepArg text(String name, String text) {
        return new StepArg(name, "TEXT", null, null, null, text);
    }
}
