package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** The supervising judge's decision on a person's work credits of a month was recorded. */
public record WorkCreditsCertified(UUID eventId, UUID subjectId, String month, String decision, int days, String constancia, String documentSha256, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
