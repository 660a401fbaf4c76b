package org.custos.registry;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A field of a person's record was corrected: what, from what, to what, why and by whom. */
public record RecordCorrected(UUID eventId, UUID subjectId, UUID correctionId, String field, String oldValue,
                              String newValue, String reason, String facilityCode, String actor,
                              OffsetDateTime occurredAt) implements CustodyEvent {
}
