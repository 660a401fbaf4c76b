package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** Credits for work done while untried were offered to the judge after a conviction (pending, never counted automatically). */
public record WorkCreditsOffered(UUID eventId, UUID subjectId, List<UUID> creditIds, String basis, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
