package org.custos.releasedates.validation;

import java.util.List;

/** Invalid input: carries every field error found, in a stable order. */
public final class ValidationException extends RuntimeException {
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
