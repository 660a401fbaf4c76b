package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
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

/**
 * The registry follows a person's change of facility (a transfer's arrival) in the publisher's transaction:
 * appends a row to {@code person_facility_change} and moves {@code person.facility_code} with it, so that the
 * file, the scope of every module and the gate name the facility the person is held at.
 */
@Component
class FacilityChanges {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    FacilityChanges(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    @Order(0) // first: the person row is locked before housing's, as a release does
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FacilityChange e) {
        String current = jdbc.sql("select facility_code from person where id = :p for update").param("p", e.subjectId())
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("facility change of a person the registry does not hold"));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("""
                insert into person_facility_change(id, person_id, from_facility, to_facility, changed_at, cause, event_id,
                    recorded_at, recorded_by)
                values (:id, :p, :from, :to, :at, :cause, :event, :now, :by)""")
                .param("id", UUID.randomUUID()).param("p", e.subjectId()).param("from", current)
                .param("to", e.facilityCode()).param("at", e.arrivedAt().withOffsetSameInstant(ZoneOffset.UTC))
                .param("cause", e.eventType()).param("event", e.eventId()).param("now", now).param("by", e.actor())
                .update();
        jdbc.sql("update person set facility_code = :f, updated_at = :now where id = :p")
                .param("f", e.facilityCode()).param("now", now).param("p", e.subjectId()).update();
        events.publishEvent(new RowsWritten(e.eventId(), List.of(WrittenRows.row("person", e.subjectId()),
                new WrittenRows("person_facility_change", "event_id", e.eventId()))));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        batch.of(FacilityChange.class).forEach(this::on);
    }
}
