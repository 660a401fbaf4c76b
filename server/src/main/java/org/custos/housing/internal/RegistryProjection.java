package org.custos.housing.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.registry.LegalStatusChanged;
import org.custos.registry.PersonAdmitted;
import org.custos.registry.PersonReleased;
import org.custos.registry.RecordCorrected;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.events.RowsWritten;
import org.custos.shared.events.WrittenRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code housing_person} from the registry's events, in the registry's transaction: who is held
 * where, with which legal status, sex, date of birth and nationality (all carried by {@link PersonAdmitted},
 * a bulk admission's batch in one JDBC batch; corrections of those fields by {@link RecordCorrected});
 * a release ends the placement and frees the bunk. Each event's rows are named to the ledger ({@link RowsWritten}).
 */
@Component
class RegistryProjection {

    private static final String UPSERT = """
            insert into housing_person(person_id, booking_number, facility_code, legal_status, sex, date_of_birth,
                nationality, held, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, true, ?)
            on conflict (person_id) do update set booking_number = excluded.booking_number,
                facility_code = excluded.facility_code, legal_status = excluded.legal_status, sex = excluded.sex,
                date_of_birth = excluded.date_of_birth, nationality = excluded.nationality, held = true,
                cell_id = null, out_since = null, out_reason = null, updated_at = excluded.updated_at""";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegistryProjection(JdbcClient jdbc, JdbcTemplate template, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.events = events;
    }

    /** Names the person's housing row (and any placements ended) as written for registry event {@code e}. */
    private void written(CustodyEvent e, List<java.util.UUID> endedPlacements) {
        List<WrittenRows> rows = new ArrayList<>();
        rows.add(new WrittenRows("housing_person", "person_id", e.subjectId()));
        endedPlacements.forEach(p -> rows.add(WrittenRows.row("placement", p)));
        events.publishEvent(new RowsWritten(e.eventId(), rows));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonAdmitted e) {
        admitted(List.of(e));
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
                case RecordCorrected r -> on(r);
                default -> { }
            }
        }
        admitted(admitted);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LegalStatusChanged e) {
        jdbc.sql("update housing_person set legal_status = :s, updated_at = :at where person_id = :p")
                .param("s", e.to().name()).param("at", OffsetDateTime.now(clock)).param("p", e.subjectId()).update();
        written(e, List.of());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonReleased e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var cell = jdbc.sql("select cell_id from housing_person where person_id = :p for update")
                .param("p", e.subjectId()).query(java.util.UUID.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
        List<java.util.UUID> ended = List.of();
        if (cell.isPresent()) {
            jdbc.sql("update cell set population = population - 1 where id = :c").param("c", cell.get()).update();
            ended = jdbc.sql("""
                    update placement set ended_at = :at, ended_by = :by
                    where person_id = :p and ended_at is null returning id""")
                    .param("at", e.releasedAt() == null ? now : e.releasedAt()).param("by", e.actor())
                    .param("p", e.subjectId()).query(java.util.UUID.class).list();
        }
        jdbc.sql("""
                update housing_person set held = false, cell_id = null, out_since = null, out_reason = null,
                    updated_at = :at where person_id = :p""").param("at", now).param("p", e.subjectId()).update();
        written(e, ended);
    }

    /** A correction of sex, date of birth or nationality in the registry. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RecordCorrected e) {
        String column = switch (e.field()) {
            case "sex" -> "sex";
            case "dateOfBirth" -> "date_of_birth";
            case "nationality" -> "nationality";
            default -> null;
        };
        if (column != null) {
            Object value = column.equals("date_of_birth") && e.newValue() != null
                    ? java.time.LocalDate.parse(e.newValue()) : e.newValue();
            jdbc.sql("update housing_person set " + column + " = :v, updated_at = :at where person_id = :p")
                    .param("v", value).param("at", OffsetDateTime.now(clock)).param("p", e.subjectId()).update();
            written(e, List.of());
        }
    }

    private void admitted(List<PersonAdmitted> events) {
        if (events.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        template.batchUpdate(UPSERT, events, 1_000, (ps, e) -> {
            ps.setObject(1, e.subjectId());
            ps.setString(2, e.bookingNumber());
            ps.setString(3, e.facilityCode());
            ps.setString(4, e.legalStatus().name());
            ps.setString(5, e.sex() == null ? null : e.sex().name());
            ps.setObject(6, e.dateOfBirth(), Types.DATE);
            ps.setString(7, e.nationality());
            ps.setObject(8, now, Types.TIMESTAMP_WITH_TIMEZONE);
        });
        events.forEach(e -> written(e, List.of()));
    }
}
