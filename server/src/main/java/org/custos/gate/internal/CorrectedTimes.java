package org.custos.gate.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.custos.shared.web.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A correction of an entry's or exit's time: an ISO instant ({@code 2026-05-04T10:15:00Z}) or a local
 * time in the facility's zone ({@code 2026-05-04T10:15}, as a form sends it); not in the future; an
 * exit only if there is one, and never before the entry. Returns the normal form (UTC), or null.
 */
final class CorrectedTimes {

    private CorrectedTimes() {
    }

    static String check(Validation v, UUID entryId, String field, String value, JdbcClient jdbc, ZoneId zone,
                        org.custos.shared.web.Bounds bounds) {
        OffsetDateTime at = parse(value, zone);
        if (at == null) {
            v.reject("newValue", value == null || value.isBlank() ? "required" : "gate.correction.time");
            return null;
        }
        if (!bounds.instant(v, "newValue", at, org.custos.shared.web.Bounds.Kind.PAST_FACT)) {
            return null;
        }
        Times times = jdbc.sql("""
                select e.entered_at, x.exited_at from gate_entry e left join gate_exit x on x.entry_id = e.id
                where e.id = :id""").param("id", entryId)
                .query((rs, n) -> new Times(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class))).single();
        OffsetDateTime entered = times.entered();
        OffsetDateTime exited = times.exited();
        if ("exitedAt".equals(field)) {
            v.rejectIf(exited == null, "field", "gate.correction.noExit");
            v.rejectIf(at.isBefore(entered), "newValue", "gate.beforeEntry");
        } else {
            v.rejectIf(exited != null && at.isAfter(exited), "newValue", "gate.correction.afterExit");
        }
        return at.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    private static OffsetDateTime parse(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.trim()).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** An entry's recorded times (exit null while inside). */
    private record Times(OffsetDateTime entered, OffsetDateTime exited) {
    }
}
