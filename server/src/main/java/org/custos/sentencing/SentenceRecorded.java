package org.custos.sentencing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A sentence was recorded for a person. */
public record SentenceRecorded(UUID eventId, UUID subjectId, UUID sentenceId, String jurisdiction, int termYears, int termMonths, int termDays, LocalDate startDate, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
