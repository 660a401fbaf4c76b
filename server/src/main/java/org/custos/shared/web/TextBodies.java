package org.custos.shared.web;

import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/** A text request body read whole (a CSV import) holding a control character is refused as a field of {@code body}. */
@ControllerAdvice
class TextBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == String.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof String text && ControlCharacters.in(text)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "request.malformed",
                    List.of(FieldProblem.of("body", ControlCharacters.CODE)));
        }
        return body;
    }
}
