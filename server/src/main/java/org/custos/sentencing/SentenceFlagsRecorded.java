package org.custos.sentencing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** The person's sentencing flags (recidivist, gang member, ...) were set to {@code flags}, which can move release dates. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record SentenceFlagsRecorded(UUID eventId, UUID subjectId, List<String> flags, String reason, String facilityCode,
                                    String actor, OffsetDateTime occurredAt) implements CustodyEvent {

    /** The person's flag revisions. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("person_flags_rev", "person_id", subjectId));
    }
}
