package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** Days in custody were credited to a sentence. */
public record CustodyIntervalRecorded(UUID eventId, UUID subjectId, UUID intervalId, UUID sentenceId, LocalDate from, LocalDate to, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
