package org.custos.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tables a module owns, for the ledger's record commitment and record audit (docs/ledger-entry-format.md,
 * "Covering a table"). A module implements this once (a Spring bean) for its tables: every table of the schema is
 * either {@linkplain #covered() covered} (its rows are committed by the events that write them and audited against
 * their latest commitment) or declared {@linkplain #notCustodyData() not custody data} with a reason;
 * {@code RecordCoverageTest} fails for any other table.
 */
public interface RecordCoverage {

    /** Tables whose rows are custody records. */
    List<CoveredTable> covered();

    /** Tables of this module that hold no custody data, each with the reason. */
    default List<NotCustodyData> notCustodyData() {
        return List.of();
    }

    /**
     * A covered table: its primary key columns (in key order) and the columns left out of the commitment, each with
     * the reason (a derived value that legitimately changes without an event, content committed otherwise).
     */
    record CoveredTable(String table, List<String> key, Map<String, String> excluded) {

        public CoveredTable {
            requireIdentifier(table);
            key = List.copyOf(key);
            excluded = Map.copyOf(excluded);
            if (key.isEmpty()) {
                throw new IllegalArgumentException(table + ": a covered table needs its primary key");
            }
            key.forEach(RecordCoverage::requireIdentifier);
            excluded.forEach((column, reason) -> {
                requireIdentifier(column);
                if (reason == null || reason.isBlank()) {
                    throw new IllegalArgumentException(table + "." + column + ": an excluded column needs a reason");
                }
            });
        }

        /** A table keyed by {@code id}, every column committed. */
        public static CoveredTable byId(String table) {
            return new CoveredTable(table, List.of("id"), Map.of());
        }

        public static CoveredTable keyed(String table, String... key) {
            return new CoveredTable(table, List.of(key), Map.of());
        }

        public CoveredTable excluding(String column, String reason) {
            java.util.Map<String, String> more = new java.util.HashMap<>(excluded);
            more.put(column, reason);
            return new CoveredTable(table, key, more);
        }
    }

    /**
     * Tables of this module that hold custody data but are not covered yet (their events do not name all their
     * rows): an event naming their rows commits nothing for them, and the audit does not read them. Each with the
     * reason; {@code RecordCoverageTest} prints them, and the list must only shrink (issue 12).
     */
    default List<NotYetCovered> notYetCovered() {
        return List.of();
    }

    /** A table that holds custody data the ledger does not cover yet, and why. */
    record NotYetCovered(String table, String reason) {

        public NotYetCovered {
            requireIdentifier(table);
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException(table + ": say why it is not covered yet");
            }
        }
    }

    /** A table that holds no custody data, and why. */
    record NotCustodyData(String table, String reason) {

        public NotCustodyData {
            requireIdentifier(table);
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException(table + ": say why it holds no custody data");
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not an SQL identifier: " + name);
        }
    }
}
