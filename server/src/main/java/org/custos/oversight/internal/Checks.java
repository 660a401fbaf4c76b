package org.custos.oversight.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Validation;

/** The field checks every register shares: required text within its bound, a code from a list, a past instant. */
final class Checks {

    private Checks() {
    }

    static void text(Validation v, String field, String value, int max) {
        v.rejectIf(Scopes.blank(value), field, "oversight.REQUIRED");
        Bounds.text(v, field, value, max);
    }

    static void code(Validation v, String field, String value, List<String> allowed) {
        if (Scopes.blank(value)) v.reject(field, "oversight.REQUIRED");
        else v.rejectIf(!allowed.contains(value), field, "oversight.CODE_UNKNOWN");
    }

    static void past(Validation v, Bounds bounds, String field, OffsetDateTime value) {
        v.rejectIf(value == null, field, "oversight.REQUIRED");
        bounds.instant(v, field, value, Bounds.Kind.PAST_FACT);
    }

    static String trim(String s) {
        return Scopes.blank(s) ? null : s.trim();
    }
}
