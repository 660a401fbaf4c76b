package org.custos.shared.web;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a REST handler into {@code application/problem+json}. Exception messages
 * and stack traces never leave the server.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Problems problems;
    private final tools.jackson.databind.json.JsonMapper json;

    ApiExceptionHandler(Problems problems, tools.jackson.databind.json.JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, Locale locale) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(h -> e.headers().forEach(h::set))
                .body(problems.build(e.status(), e.code(), e.fields(), locale));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpMessageNotReadableException e, Locale locale) {
        LimitedBody.TooLarge tooLarge = LimitedBody.TooLarge.in(e);
        if (tooLarge != null) {
            return tooLarge.response(problems, json, locale);
        }
        String field = JsonErrors.fieldOf(e);
        return respond(HttpStatus.BAD_REQUEST, "request.malformed",
                List.of(FieldProblem.of(field, JsonErrors.codeOf(e))), locale);
    }

    /** A body over the limit read by the handler itself (a CSV import reading its stream). */
    @ExceptionHandler(LimitedBody.TooLarge.class)
    ResponseEntity<byte[]> tooLarge(LimitedBody.TooLarge e, Locale locale) {
        return e.response(problems, json, locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, Locale locale) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return respond(HttpStatus.BAD_REQUEST, "request.parameter", List.of(FieldProblem.of(name, "invalid")), locale);
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e,
                                              Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, "request.parameter",
                List.of(FieldProblem.of(e.getRequestPartName(), "required")), locale);
    }

    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.bind.ServletRequestBindingException.class})
    ResponseEntity<ProblemDetail> badRequest(Locale locale) {
        return respond(HttpStatus.BAD_REQUEST, "request.rejected", List.of(), locale);
    }

    @ExceptionHandler(org.springframework.http.InvalidMediaTypeException.class)
    ResponseEntity<ProblemDetail> invalidMediaType(Locale locale) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type", List.of(), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Locale locale) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type", List.of(), locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Locale locale) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "request.method", List.of(), locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return respond(HttpStatus.NOT_FOUND, "not-found", List.of(), locale);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return respond(HttpStatus.FORBIDDEN, "access.denied", List.of(), locale);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(Locale locale) {
        return respond(HttpStatus.CONFLICT, "conflict.duplicate", List.of(), locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        log.error("Unhandled error in API handler", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", List.of(), locale);
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, List<FieldProblem> fields,
                                                  Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.build(status, code, fields, locale));
    }
}
