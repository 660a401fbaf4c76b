package org.custos.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The container's error path: every error the servlet container or Spring MVC could not answer itself
 * (no handler, wrong method, unsupported type, a refusal from a page) is answered here, as a problem
 * document for API callers and as the application's own page, with a way back, for browsers.
 */
@Controller
class ErrorPages implements ErrorController {

    /** A request attribute holding the {@link ProblemException} to render, set by whoever refused. */
    static final String PROBLEM = ErrorPages.class.getName() + ".problem";
    private final Problems problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorPages(Problems problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        ProblemException problem = problemOf(request);
        Locale locale = locales.resolveLocale(request);
        if (wantsProblem(request)) {
            ProblemDetail body = problems.build(problem.status(), problem.code(), problem.fields(), locale);
            body.setInstance(java.net.URI.create(originalUri(request).replaceAll("[^A-Za-z0-9/._~-]", "_")));
            return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        response.setStatus(problem.status().value());
        model.addAttribute("status", problem.status().value());
        model.addAttribute("title", messages.getMessage("problem." + problem.code(), null,
                messages.getMessage("web.problem", null, "Error", locale), locale));
        model.addAttribute("fieldMessages", problem.fields().stream()
                .map(f -> f.field() + ": " + problems.message(f, locale)).toList());
        return "shared/problem";
    }

    static ProblemException problemOf(HttpServletRequest request) {
        if (request.getAttribute(PROBLEM) instanceof ProblemException p) {
            return p;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof ProblemException p) {
            return p;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int value = code instanceof Integer c ? c : 404;
        HttpStatus status = HttpStatus.resolve(value);
        if (status == null || !status.isError()) {
            status = value >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : value >= 400 ? HttpStatus.BAD_REQUEST
                    : HttpStatus.NOT_FOUND;
        }
        return new ProblemException(status, codeFor(status), List.of());
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request.rejected";
            case UNAUTHORIZED -> "identity.unauthenticated";
            case FORBIDDEN -> "access.denied";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "request.method";
            case NOT_ACCEPTABLE -> "request.not-acceptable";
            case CONTENT_TOO_LARGE -> "request.too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "request.media-type";
            default -> status.is5xxServerError() ? "internal-error" : "request.rejected";
        };
    }

    static String originalUri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String s ? s : request.getRequestURI() == null ? "/" : request.getRequestURI();
    }

    /** API paths always get a problem document; elsewhere, whoever does not ask for HTML. */
    static boolean wantsProblem(HttpServletRequest request) {
        String uri = originalUri(request).substring(request.getContextPath().length());
        if (uri.startsWith("/api/") || uri.startsWith("/ledger/") || uri.startsWith("/v3/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept == null || !accept.contains("text/html");
    }
}
