package org.custos.sentencing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.Changes;
import org.custos.shared.events.Changes.Fact;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/** A sentence was corrected (a new revision naming its reason) or withdrawn as recorded in error. */
@Changes(Fact.RELEASE_DATES)
@LedgerOnly("Sentences, credits and release dates are kept by sentencing alone")
public record SentenceCorrected(UUID eventId, UUID subjectId, UUID sentenceId, boolean withdrawn, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {

    /** The sentence's revisions, the correction or withdrawal among them. */
    @Override
    public List<WrittenRows> writtenRows() {
        return List.of(new WrittenRows("sentence_rev", "sentence_id", sentenceId));
    }
}
