package org.custos.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the JSON field at fault in an unreadable request body, without echoing the parser's text. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String fieldOf(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference ref : d.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "body";
    }

    static String codeOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonText.ControlCharacterException) {
            return ControlCharacters.CODE;
        }
        if (cause instanceof InvalidNullException) {
            return "null-element";
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return "unknown-field";
        }
        if (cause instanceof InvalidFormatException) {
            return "invalid-format";
        }
        if (cause instanceof StreamConstraintsException) {
            return "too-large";
        }
        if (cause instanceof DatabindException) {
            return "invalid-format";
        }
        return "malformed-json";
    }
}
