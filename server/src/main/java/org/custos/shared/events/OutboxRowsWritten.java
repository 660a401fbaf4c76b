package org.custos.shared.events;

import java.util.List;

/**
 * Published by {@link OutboxWriter} inside the publisher's transaction right after it inserted these rows (in
 * insertion order), so that listeners in that transaction (the ledger) can use what was stored without reading
 * it back.
 */
public record OutboxRowsWritten(List<OutboxRow> rows) {

    public OutboxRowsWritten {
        rows = List.copyOf(rows);
    }
}
