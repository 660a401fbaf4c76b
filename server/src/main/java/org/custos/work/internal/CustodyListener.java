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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reacts, in the publisher's transaction, to custody events of other modules: an admission fills the
 * projection; a release ends the person's allocations ({@code RELEASED}), a transfer too ({@code TRANSFERRED});
 * a conviction offers the untried work to the judge as pending credits (never counted automatically).
 */
@Component
class CustodyListener {

    private final PersonProjection projection;
    private final AllocationService allocations;
    private final WorkCreditService credits;

    CustodyListener(PersonProjection projection, AllocationService allocations, WorkCreditService credits) {
        this.projection = projection;
        this.allocations = allocations;
        this.credits = credits;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonAdmitted e) {
        projection.admitted(List.of(e));
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
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LegalStatusChanged e) {
        projection.legalStatus(e.subjectId(), e.to().name(), e.occurredAt());
        if (e.to() == LegalStatusKind.CONVICTED) credits.offerAfterConviction(e.subjectId(), e.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonReleased e) {
        projection.released(e.subjectId());
        allocations.endAll(e.subjectId(), "RELEASED", e.actor());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonTransferred e) {
        projection.transferred(e.subjectId(), e.facilityCode());
        allocations.endAll(e.subjectId(), "TRANSFERRED", e.actor());
    }
}
