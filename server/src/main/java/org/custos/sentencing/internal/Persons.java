package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.LegalStatusChanged;
import org.custos.registry.PersonAdmitted;
import org.custos.registry.PersonFile;
import org.custos.registry.PersonSummary;
import org.custos.registry.PersonReleased;
import org.custos.registry.Registry;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.events.RowsWritten;
import org.custos.shared.events.WrittenRows;
import org.custos.shared.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is held, where and on what legal basis, as the registry's events tell it ({@code
 * sentencing_person}); and the scope check of a person for a caller, which is the registry's own
 * ({@link Registry#file}: a person outside the caller's scope is a 404, and the read is logged). The row each
 * registry event writes is named to the ledger with that event's entry ({@link RowsWritten}).
 */
@Component
class Persons {

    private static final String UPSERT = """
            insert into sentencing_person(person_id, booking_number, facility_code, legal_status, held, admitted_on, updated_at)
            values (?, ?, ?, ?, true, ?, now())
            on conflict (person_id) do update set booking_number = excluded.booking_number,
              facility_code = excluded.facility_code, legal_status = excluded.legal_status, held = true,
              admitted_on = excluded.admitted_on, updated_at = now()""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Registry registry;
    private final RecordReader reader;
    private final Recomputer recomputer;
    private final ApplicationEventPublisher events;

    Persons(JdbcClient jdbc, JdbcTemplate template, Registry registry, RecordReader reader, Recomputer recomputer,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.registry = registry;
        this.reader = reader;
        this.recomputer = recomputer;
        this.events = events;
    }

    private void written(CustodyEvent e) {
        events.publishEvent(new RowsWritten(e.eventId(),
                List.of(new WrittenRows("sentencing_person", "person_id", e.subjectId()))));
    }

    /**
     * After a single registry event: the person's dates are computed again at once (provisional-detention
     * limits of an untried admission, or a change of legal status). A case the engine refuses is logged
     * and left for the sentence administrator; it never blocks the registry's transaction.
     */
    private void recomputeQuietly(UUID personId, String actor) {
        try {
            PersonRecords r = reader.one(personId);
            if (r.sentences().isEmpty() && CaseAssembler.pretrial(r).isEmpty()) return;
            recomputer.store(recomputer.compute(r), r, actor);
        } catch (org.custos.releasedates.validation.ValidationException e) {
            org.slf4j.LoggerFactory.getLogger(Persons.class).warn("Dates of {} not recomputed: {}", personId, e.getMessage());
        }
    }

    /**
     * Checks the caller may see the person (null caller: the system) and locks the person's sentencing
     * records for this transaction. 404 {@code sentencing.not-found} for an unknown person.
     */
    void require(UUID personId, CurrentUser caller) {
        if (caller != null) {
            PersonSummary person = registry.find(personId, caller)
                    .orElseThrow(() -> ProblemException.notFound("sentencing.not-found"));
            if (!known(personId)) remember(person);
        }
        if (jdbc.sql("select 1 from sentencing_person where person_id = :id for update").param("id", personId)
                .query(Integer.class).optional().isEmpty()) {
            throw ProblemException.notFound("sentencing.not-found");
        }
    }

    /** Reads a person's file as the caller (scope check and access log); 404 outside the scope. */
    PersonFile file(UUID personId, CurrentUser caller, String purpose) {
        PersonFile file = registry.file(personId, caller, purpose);
        if (!known(personId)) {
            registry.find(personId, caller).ifPresent(this::remember);
        }
        return file;
    }

    private boolean known(UUID personId) {
        return jdbc.sql("select 1 from sentencing_person where person_id = :id").param("id", personId)
                .query(Integer.class).optional().isPresent();
    }

    private void remember(PersonSummary p) {
        LocalDate admitted = p.admittedAt() == null ? null
                : p.admittedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        jdbc.sql("""
                insert into sentencing_person(person_id, booking_number, facility_code, legal_status, held, admitted_on, updated_at)
                values (:id, :booking, :facility, :status, :held, :admitted, now()) on conflict (person_id) do nothing""")
                .param("id", p.personId()).param("booking", p.bookingNumber()).param("facility", p.facilityCode())
                .param("status", p.legalStatus() == null ? null : p.legalStatus().name()).param("held", p.held())
                .param("admitted", admitted).update();
    }

    @EventListener
    void on(PersonAdmitted e) {
        admitted(List.of(e));
        recomputeQuietly(e.subjectId(), e.actor());
    }

    @EventListener
    void on(CustodyEventBatch batch) {
        admitted(batch.of(PersonAdmitted.class));
        for (CustodyEvent e : batch.events()) {
            if (e instanceof LegalStatusChanged c) on(c);
            if (e instanceof PersonReleased r) on(r);
        }
    }

    @EventListener
    void on(LegalStatusChanged e) {
        jdbc.sql("update sentencing_person set legal_status = :s, updated_at = now() where person_id = :id")
                .param("s", e.to().name()).param("id", e.subjectId()).update();
        written(e);
        recomputeQuietly(e.subjectId(), e.actor());
    }

    @EventListener
    void on(PersonReleased e) {
        jdbc.sql("update sentencing_person set held = false, updated_at = now() where person_id = :id")
                .param("id", e.subjectId()).update();
        written(e);
    }

    private void admitted(List<PersonAdmitted> events) {
        if (events.isEmpty()) return;
        template.batchUpdate(UPSERT, events, 1000, (ps, e) -> {
            ps.setObject(1, e.subjectId());
            ps.setString(2, e.bookingNumber());
            ps.setString(3, e.facilityCode());
            ps.setString(4, e.legalStatus() == null ? null : e.legalStatus().name());
            OffsetDateTime at = e.occurredAt();
            ps.setObject(5, at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        });
        events.forEach(this::written);
    }
}
