package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Collects audit findings, keeping the first 1,000 and counting all. */
final class Findings {

    static final int KEEP = 1000;
    private final List<AuditReport.Finding> kept = new ArrayList<>();
    private long count;

    void add(String kind, Long entryIndex, UUID eventId, String detail) {
        add(kind, entryIndex, eventId, detail, null, null, null);
    }

    /** A finding about a record: its table, key and (for an altered row) field. */
    void add(String kind, Long entryIndex, UUID eventId, String detail, String table, String recordKey, String field) {
        count++;
        if (kept.size() < KEEP) {
            kept.add(new AuditReport.Finding(kind, entryIndex, eventId, detail, table, recordKey, field));
        }
    }

    /** Adds another collection's findings after these (its count too, beyond the ones it kept). */
    void addAll(Findings other) {
        for (AuditReport.Finding f : other.kept) {
            if (kept.size() < KEEP) {
                kept.add(f);
            }
        }
        count += other.count;
    }

    List<AuditReport.Finding> kept() {
        return List.copyOf(kept);
    }

    long count() {
        return count;
    }
}
