package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** Days of labor efectiva were derived from attendance for a person, pending the judge's certification. */
public record WorkCreditsDerived(UUID eventId, UUID subjectId, UUID programmeId, String month, int days, String basis, List<UUID> creditIds, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
