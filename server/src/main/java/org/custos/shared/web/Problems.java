package org.custos.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details in the caller's language, with a stable {@code code}. */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail build(HttpStatusCode status, String code, List<FieldProblem> fields, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:custos:problem:" + code));
        problem.setTitle(messages.getMessage("problem." + code, null, defaultTitle(status), locale));
        problem.setProperty("code", code);
        if (!fields.isEmpty()) {
            problem.setDetail(messages.getMessage("problem.fields", new Object[] {fields.size()},
                    fields.size() + " field(s) rejected", locale));
            problem.setProperty("errors", fields.stream().map(f -> render(f, locale)).toList());
        }
        return problem;
    }

    public String message(FieldProblem field, Locale locale) {
        // a date in a message is written as the user's language writes it, not as ISO
        Object[] args = field.args().stream()
                .map(a -> a instanceof java.time.LocalDate d ? LocalFormats.date(d, locale) : a).toArray();
        return messages.getMessage("error." + field.code(), args, field.code(), locale);
    }

    private Map<String, Object> render(FieldProblem field, Locale locale) {
        return Map.of("field", field.field(), "code", field.code(), "message", message(field, locale));
    }

    private static String defaultTitle(HttpStatusCode status) {
        return status.isError() ? "Request refused" : "Problem";
    }
}
