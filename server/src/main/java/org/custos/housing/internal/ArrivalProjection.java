package org.custos.housing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * Housing follows a person's change of facility in the publisher's transaction: held at the new facility,
 * not out, not yet in a cell. A placement still open (none should be: a person out cannot be placed) is
 * ended at the arrival and its cell's population lowered, so no phantom occupant stays behind. The rows are named
 * to the ledger with the arrival's entry ({@link RowsWritten}).
 */
@Component
class ArrivalProjection {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArrivalProjection(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    @Order(10)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FacilityChange e) {
        jdbc.sql("select person_id from housing_person where person_id = :p for update").param("p", e.subjectId())
                .query(UUID.class).list();
        var open = jdbc.sql("select id, cell_id from placement where person_id = :p and ended_at is null order by cell_id for update")
                .param("p", e.subjectId()).query((rs, n) -> rs.getObject(2, UUID.class)).list();
        for (UUID cell : open) {
            jdbc.sql("update cell set population = population - 1 where id = :c and population > 0").param("c", cell).update();
        }
        List<WrittenRows> rows = new ArrayList<>();
        rows.add(new WrittenRows("housing_person", "person_id", e.subjectId()));
        if (!open.isEmpty()) {
            jdbc.sql("""
                    update placement set ended_at = :at, ended_by = :by where person_id = :p and ended_at is null
                    returning id""").param("at", e.arrivedAt()).param("by", e.actor()).param("p", e.subjectId())
                    .query(UUID.class).list().forEach(id -> rows.add(WrittenRows.row("placement", id)));
        }
        jdbc.sql("""
                update housing_person set facility_code = :f, cell_id = null, out_since = null, out_reason = null,
                    updated_at = :now where person_id = :p""").param("f", e.facilityCode())
                .param("now", OffsetDateTime.now(clock)).param("p", e.subjectId()).update();
        events.publishEvent(new RowsWritten(e.eventId(), rows));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CustodyEventBatch batch) {
        batch.of(FacilityChange.class).forEach(this::on);
    }
}
