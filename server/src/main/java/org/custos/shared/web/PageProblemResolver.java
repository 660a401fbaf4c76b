package org.custos.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal from a page that no module's own handler answered (a record outside the caller's scope,
 * a form field path that names no field such as {@code property[-1]}) becomes the application's
 * error page with the refusal's status, through {@link ErrorPages}; never a 500.
 */
class PageProblemResolver implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        ProblemException problem = switch (ex) {
            case ProblemException p -> p;
            case InvalidPropertyException p -> new ProblemException(HttpStatus.BAD_REQUEST, "request.parameter",
                    List.of(FieldProblem.of(p.getPropertyName(), "invalid")));
            default -> null;
        };
        if (problem == null) {
            return null;
        }
        try {
            request.setAttribute(ErrorPages.PROBLEM, problem);
            response.sendError(problem.status().value());
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }
}
