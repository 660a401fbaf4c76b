package org.custos.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.movements.PersonTransferred;
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
 * Follows, in the publisher's transaction, what oversight keeps about a person: an admission (the medical
 * examination is due within 24 h from then), a release, a transfer (the person's facility). Each event's
 * {@code oversight_person} row is named to the ledger ({@link RowsWritten}), which commits it with the event's entry.
 */
@Component
class PersonEventsListener {

    private final People people;
    private final ApplicationEventPublisher events;

    PersonEventsListener(People people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonAdmitted e) {
        people.admitted(List.of(e));
        written(e);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        List<PersonAdmitted> admitted = new ArrayList<>();
        for (CustodyEvent e : batch.events()) {
            switch (e) {
                case PersonAdmitted a -> admitted.add(a);
                case PersonReleased r -> on(r);
                case PersonTransferred t -> on(t);
                default -> { }
            }
        }
        people.admitted(admitted);
        admitted.forEach(this::written);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonReleased e) {
        people.released(e.subjectId());
        written(e);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonTransferred e) {
        people.transferred(e.subjectId(), e.facilityCode());
        written(e);
    }

    /** The person's row as this event leaves it, for the ledger's record commitment. */
    private void written(CustodyEvent e) {
        events.publishEvent(new RowsWritten(e.eventId(), List.of(new WrittenRows("oversight_person", "person_id",
                e.subjectId()))));
    }
}
