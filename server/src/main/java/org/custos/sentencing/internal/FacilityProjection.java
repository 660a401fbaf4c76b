package org.custos.sentencing.internal;

import java.util.List;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.events.FacilityChange;
import org.custos.shared.events.RowsWritten;
import org.custos.shared.events.WrittenRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@code sentencing_person} follows a person's change of facility (a transfer's arrival), in the publisher's transaction. */
@Component
class FacilityProjection {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FacilityProjection(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    @Order(10)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FacilityChange e) {
        jdbc.sql("update sentencing_person set facility_code = :f, updated_at = now() where person_id = :p")
                .param("f", e.facilityCode()).param("p", e.subjectId()).update();
        events.publishEvent(new RowsWritten(e.eventId(),
                List.of(new WrittenRows("sentencing_person", "person_id", e.subjectId()))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        batch.of(FacilityChange.class).forEach(this::on);
    }
}
