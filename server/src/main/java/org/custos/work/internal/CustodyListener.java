package org.custos.work.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.movements.PersonTransferred;
import org.custos.registry.LegalStatusChanged;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonAdmitted;
import org.custos.registry.PersonReleased;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.events.RowsWritten;
import org.custos.shared.events.WrittenRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reacts, in the publisher's transaction, to custody events of other modules: an admission fills the
 * projection; a release ends the person's allocations ({@code RELEASED}), a transfer too ({@code TRANSFERRED});
 * a conviction offers the untried work to the judge as pending credits (never counted automatically). Each event's
 * {@code work_person} row is named to the ledger ({@link RowsWritten}), which commits it with the event's entry.
 */
@Component
class CustodyListener {

    private final PersonProjection projection;
    private final AllocationService allocations;
    private final WorkCreditService credits;
    private final ApplicationEventPublisher events;

    CustodyListener(PersonProjection projection, AllocationService allocations, WorkCreditService credits,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.projection = projection;
        this.allocations = allocations;
        this.credits = credits;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonAdmitted e) {
        projection.admitted(List.of(e));
        written(e);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        List<PersonAdmitted> admitted = new ArrayList<>();
        for (CustodyEvent e : batch.events()) {
            switch (e) {
                case PersonAdmitted a -> admitted.add(a);
                case LegalStatusChanged c -> on(c);
                case PersonReleased r -> on(r);
                case PersonTransferred t -> on(t);
                default -> { }
            }
        }
        projection.admitted(admitted);
        admitted.forEach(this::written);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LegalStatusChanged e) {
        projection.legalStatus(e.subjectId(), e.to().name(), e.occurredAt());
        written(e);
        if (e.to() == LegalStatusKind.CONVICTED) credits.offerAfterConviction(e.subjectId(), e.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonReleased e) {
        projection.released(e.subjectId());
        written(e);
        allocations.endAll(e.subjectId(), "RELEASED", e.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonTransferred e) {
        projection.transferred(e.subjectId(), e.facilityCode());
        written(e);
        allocations.endAll(e.subjectId(), "TRANSFERRED", e.actor());
    }

    /** The person's row as this event leaves it, for the ledger's record commitment. */
    private void written(CustodyEvent e) {
        events.publishEvent(new RowsWritten(e.eventId(), List.of(new WrittenRows("work_person", "person_id",
                e.subjectId()))));
    }
}
