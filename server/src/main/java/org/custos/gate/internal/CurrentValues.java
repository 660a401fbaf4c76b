package org.custos.gate.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entry as it stands after its corrections: the original row with the latest new value of each
 * corrected field. The original stays in {@code gate_entry} and in the ledger; the correction history
 * shows both.
 */
public final class CurrentValues {

    /** The current entry and the names of the fields that corrections changed. */
    public record Current(EntryRow entry, Set<String> corrected) {
        public boolean isCorrected(String field) {
            return corrected.contains(field);
        }
    }

    private CurrentValues() {
    }

    public static Current apply(EntryRow e, List<GateCorrections.Correction> corrections) {
        Map<String, String> v = new LinkedHashMap<>();
        corrections.forEach(c -> v.put(c.field(), c.newValue()));
        if (v.isEmpty()) {
            return new Current(e, Set.of());
        }
        EntryRow current = new EntryRow(e.id(), e.facilityCode(), e.gate(), e.kind(),
                v.getOrDefault("givenNames", e.givenNames()), v.getOrDefault("firstSurname", e.firstSurname()),
                optional(v, "secondSurname", e.secondSurname()), e.documentType(),
                v.getOrDefault("documentNumber", e.documentNumber()), e.documentCountry(),
                optional(v, "organisation", e.organisation()), v.getOrDefault("purpose", e.purpose()),
                e.visitedPersonId(), e.visitedBooking(), e.visitedName(), optional(v, "area", e.area()),
                v.getOrDefault("authorizedBy", e.authorizedBy()), e.visitId(), time(v, "enteredAt", e.enteredAt()),
                e.recordedBy(), e.eventId(), e.exitedAt() == null ? null : time(v, "exitedAt", e.exitedAt()),
                e.exitRecordedBy(), e.offlineIn(), e.offlineOut(), e.corrections());
        return new Current(current, Set.copyOf(v.keySet()));
    }

    private static String optional(Map<String, String> v, String field, String original) {
        if (!v.containsKey(field)) {
            return original;
        }
        String value = v.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** A corrected time; a value that is not an ISO instant (recorded before times were checked) is ignored. */
    private static OffsetDateTime time(Map<String, String> v, String field, OffsetDateTime original) {
        String value = v.get(field);
        if (value == null) {
            return original;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return original;
        }
    }
}
