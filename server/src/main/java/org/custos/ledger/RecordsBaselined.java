package org.custos.ledger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * Rows of a covered table that existed before their events committed rows (a database made by a release before
 * content v2, or a table newly covered) were committed once, as they stood, at the first start that covers them:
 * the rows of {@code table} whose {@code column} is one of {@code values} (at most 1,000 per event).
 */
@LedgerOnly("the ledger's own baseline of existing rows: no module keeps data about it")
public record RecordsBaselined(UUID eventId, String table, String column, List<String> values, String actor,
                               OffsetDateTime occurredAt) implements CustodyEvent {

    public RecordsBaselined {
        values = List.copyOf(values);
    }

    @Override
    public UUID subjectId() {
        return null;
    }

    @Override
    public String facilityCode() {
        return null;
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return values.stream().map(v -> new WrittenRows(table, column, v)).toList();
    }
}
