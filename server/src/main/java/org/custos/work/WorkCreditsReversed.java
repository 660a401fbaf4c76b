package org.custos.work;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;

/** Work credits were reversed (an attendance record behind them was corrected), with the reason. */
public record WorkCreditsReversed(UUID eventId, UUID subjectId, List<UUID> creditIds, String reason, String facilityCode, String actor,
                 OffsetDateTime occurredAt) implements CustodyEvent {
}
