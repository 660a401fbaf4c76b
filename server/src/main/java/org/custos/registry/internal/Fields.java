package org.custos.registry.internal;

import java.time.OffsetDateTime;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Validation;

/** Small checks on one field that record a problem under the field's JSON path. */
final class Fields {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 4000;

    private Fields() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Required text of at most {@code max} characters, without control characters. */
    static void text(Validation v, String path, String value, int max) {
        if (blank(value)) {
            v.reject(path, "required");
        } else {
            optionalText(v, path, value, max);
        }
    }

    static void optionalText(Validation v, String path, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            v.reject(path, "too-long", max);
        } else if (max <= NAME_MAX && Names.hasControlCharacters(value)) {
            v.reject(path, "registry.control-characters");
        }
    }

    static void country(Validation v, String path, String code, boolean required) {
        if (blank(code)) {
            if (required) {
                v.reject(path, "required");
            }
        } else if (!Countries.known(code)) {
            v.reject(path, "country.unknown");
        }
    }

    static void sha256(Validation v, String path, String hex, boolean required) {
        if (blank(hex)) {
            if (required) {
                v.reject(path, "required");
            }
        } else if (!hex.matches("[0-9a-fA-F]{64}")) {
            v.reject(path, "registry.sha256-shape");
        }
    }

    /** A past instant: required, and plausible ({@link Bounds.Kind#PAST_FACT}). Returns true if present and plausible. */
    static boolean pastInstant(Validation v, String path, OffsetDateTime value, Bounds bounds) {
        if (value == null) {
            v.reject(path, "required");
            return false;
        }
        return bounds.instant(v, path, value, Bounds.Kind.PAST_FACT);
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
