package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** An allocation's status changed (suspended, resumed, ended with a reason). */
public record AllocationStatusChanged(UUID eventId, UUID subjectId, UUID allocationId, String fromStatus, String toStatus, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
