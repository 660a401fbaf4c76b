package org.custos.shared.events;

import java.util.Objects;

/**
 * Rows a custody event wrote: the rows of {@code table} whose {@code column} equals {@code value}, as they stand
 * in the event's transaction. The ledger commits to their complete content with the event's entry, and its
 * record audit compares every covered table with the latest commitment of each row
 * (docs/ledger-entry-format.md). Table and column are SQL identifiers of this schema, never user input.
 */
public record WrittenRows(String table, String column, Object value) {

    public WrittenRows {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        if (!table.matches("[a-z_][a-z0-9_]*") || !column.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not an SQL identifier: " + table + "." + column);
        }
    }

    /** The row of {@code table} whose primary key {@code id} is {@code id}. */
    public static WrittenRows row(String table, Object id) {
        return new WrittenRows(table, "id", id);
    }
}
