package org.custos.housing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.housing.PersonLocation;
import org.custos.housing.Whereabouts;
import org.custos.shared.events.RowsWritten;
import org.custos.shared.events.WrittenRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class WhereaboutsService implements Whereabouts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WhereaboutsService(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    private void written(UUID eventId, UUID personId, List<UUID> endedPlacements) {
        List<WrittenRows> rows = new ArrayList<>();
        rows.add(new WrittenRows("housing_person", "person_id", personId));
        endedPlacements.forEach(p -> rows.add(WrittenRows.row("placement", p)));
        events.publishEvent(new RowsWritten(eventId, rows));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonLocation> locate(UUID personId) {
        return jdbc.sql("select " + HousedPerson.COLUMNS + " from housing_person hp where person_id = :p")
                .param("p", personId).query(HousedPerson::map).optional()
                .map(h -> new PersonLocation(h.personId(), h.bookingNumber(), h.facilityCode(), h.held(), h.cellId(),
                        h.outSince(), h.outReason()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonLocation> locateByBooking(String bookingNumber) {
        if (bookingNumber == null || bookingNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select person_id from housing_person where booking_number = :b")
                .param("b", bookingNumber.trim().toUpperCase(java.util.Locale.ROOT)).query(UUID.class).optional()
                .flatMap(this::locate);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void leave(UUID eventId, UUID personId, String reason, OffsetDateTime at) {
        jdbc.sql("update housing_person set out_since = :at, out_reason = :why, updated_at = :now where person_id = :p")
                .param("at", at).param("why", reason).param("now", OffsetDateTime.now(clock)).param("p", personId)
                .update();
        written(eventId, personId, List.of());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void back(UUID eventId, UUID personId) {
        jdbc.sql("update housing_person set out_since = null, out_reason = null, updated_at = :now where person_id = :p")
                .param("now", OffsetDateTime.now(clock)).param("p", personId).update();
        written(eventId, personId, List.of());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void departOnTransfer(UUID eventId, UUID personId, String toFacility, OffsetDateTime at, String actor) {
        UUID cell = jdbc.sql("select cell_id from housing_person where person_id = :p for update").param("p", personId)
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional().orElse(null);
        List<UUID> ended = List.of();
        if (cell != null) {
            jdbc.sql("select id from cell where id = :c for update").param("c", cell).query(UUID.class).list();
            jdbc.sql("update cell set population = population - 1 where id = :c").param("c", cell).update();
            ended = jdbc.sql("""
                    update placement set ended_at = :at, ended_by = :by where person_id = :p and ended_at is null
                    returning id""").param("at", at).param("by", actor).param("p", personId).query(UUID.class).list();
        }
        jdbc.sql("""
                update housing_person set cell_id = null, out_since = :at, out_reason = :why, updated_at = :now
                where person_id = :p""").param("at", at).param("why", "TRANSFER:" + toFacility)
                .param("now", OffsetDateTime.now(clock)).param("p", personId).update();
        written(eventId, personId, ended);
    }
}
