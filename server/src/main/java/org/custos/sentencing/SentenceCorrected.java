package org.custos.sentencing;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A sentence was corrected (a new revision naming its reason) or withdrawn as recorded in error. */
public record SentenceCorrected(UUID eventId, UUID subjectId, UUID sentenceId, boolean withdrawn, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
