package org.custos.gate.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.custos.shared.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refusal on a gate page (an entry or visit that does not exist for the caller, a visit no longer
 * pending) as a plain page with its status, never a 500 or an exception message.
 */
@ControllerAdvice(assignableTypes = {GatePages.class, GateLogPages.class, VisitPages.class, EntryPages.class,
        SurveillancePages.class})
class GatePageProblems {

    private final MessageSource messages;

    GatePageProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    String problem(ProblemException e, HttpServletResponse response, Model model, Locale locale) {
        return page(e.status().value(), messages.getMessage("problem." + e.code(), null,
                messages.getMessage("web.problem", null, locale), locale), response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badId(HttpServletResponse response, Model model, Locale locale) {
        return page(404, messages.getMessage("problem.not-found", null, locale), response, model);
    }

    private static String page(int status, String title, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        return "gate/problem";
    }
}
