package org.custos.releasedates.validation;

/**
 * @param field path of the offending field, e.g. {@code credits[3].date}
 * @param code  stable machine code, e.g. TERM_NOT_POSITIVE (see {@link ErrorCodes})
 */
public record FieldError(String field, String code, String message) {

    @Override
    public String toString() {
        return field + ": " + code + " (" + message + ")";
    }
}
