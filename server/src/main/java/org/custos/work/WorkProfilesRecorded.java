package org.custos.work;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.LedgerOnly;
import org.custos.shared.events.WrittenRows;

/**
 * The eligibility facts of many persons of a facility were recorded at once (an intake assessment: the demo's
 * seed), one profile revision each; at most {@code 1,000} revisions per event. A single person's is
 * {@link WorkProfileRecorded}.
 */
@LedgerOnly("Work programme records are kept by the work module alone")
public record WorkProfilesRecorded(UUID eventId, List<UUID> revisionIds, String facilityCode, String actor,
                                   OffsetDateTime occurredAt) implements CustodyEvent {

    public WorkProfilesRecorded {
        revisionIds = List.copyOf(revisionIds);
    }

    @Override
    public UUID subjectId() {
        return null;
    }

    @Override
    public List<WrittenRows> writtenRows() {
        return revisionIds.stream().map(id -> WrittenRows.row("work_profile_rev", id)).toList();
    }
}
