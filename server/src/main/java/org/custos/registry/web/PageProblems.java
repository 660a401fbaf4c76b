package org.custos.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.custos.shared.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A refusal on a registry page (an unknown person, a person no longer held) as a plain page. */
@ControllerAdvice(assignableTypes = {PersonPages.class, SearchPages.class, AdmissionPages.class, DocumentPages.class,
        CorrectionPages.class, StatusPages.class})
class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    String problem(ProblemException e, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("title", messages.getMessage("problem." + e.code(), null,
                messages.getMessage("web.problem", null, locale), locale));
        return "registry/problem";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badId(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("title", messages.getMessage("problem.not-found", null, locale));
        return "registry/problem";
    }
}
