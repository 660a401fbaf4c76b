package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** A work or study programme was created (subject: the programme). */
public record ProgrammeCreated(UUID eventId, UUID subjectId, String code, String kind, boolean outside, int capacity, String redencionRule, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
