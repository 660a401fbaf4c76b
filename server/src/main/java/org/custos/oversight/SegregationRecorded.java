package org.custos.oversight;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A person was placed in solitary confinement or segregation, with its planned end. The payload names only ids: the record's content stays in oversight, committed to by {@link #writtenRows}. */
@LedgerOnly("Oversight records are kept by the oversight module alone; monitors read them there")
public record SegregationRecorded(UUID eventId, UUID subjectId, UUID recordId, String facilityCode, String actor,
                    OffsetDateTime occurredAt, @JsonIgnore List<WrittenRows> rows) implements CustodyEvent {

    public SegregationRecorded {
        rows = List.copyOf(rows);
    }

    /** An event for the row {@code recordId} of {@code oversight_segregation} (and any further rows the command wrote). */
    public static SegregationRecorded of(UUID subjectId, UUID recordId, String facilityCode, String actor, OffsetDateTime at,
                             WrittenRows... more) {
        List<WrittenRows> rows = new java.util.ArrayList<>();
        rows.add(WrittenRows.row("oversight_segregation", recordId));
        rows.addAll(List.of(more));
        return new SegregationRecorded(UUID.randomUUID(), subjectId, recordId, facilityCode, actor, at, rows);
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return rows;
    }
}
