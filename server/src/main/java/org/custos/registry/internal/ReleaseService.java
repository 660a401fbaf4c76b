package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.PersonFile;
import org.custos.registry.PersonReleased;
import org.custos.registry.Releases;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends the current admission; the person and every record stay. */
@Service
class ReleaseService implements Releases {

    private final PersonFiles files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.custos.shared.web.Bounds bounds;

    ReleaseService(PersonFiles files, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                   org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonFile.ReleaseRecord release(UUID personId, Release r, CurrentUser actor) {
        PersonRow p = files.visibleForUpdate(personId, actor);
        if (!p.held()) {
            throw ProblemException.conflict("registry.not-held");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Validation v = new Validation();
        Fields.text(v, "legalBasis", r.legalBasis(), Fields.TEXT_MAX);
        Fields.text(v, "authority", r.authority(), Fields.NAME_MAX);
        if (Fields.pastInstant(v, "releasedAt", r.releasedAt(), bounds)) {
            v.rejectIf(r.releasedAt().isBefore(p.admittedAt()), "releasedAt", "registry.date.before-admission");
        }
        Fields.text(v, "destination", r.destination(), Fields.NAME_MAX);
        v.throwIfInvalid("registry.validation");
        PersonFile.ReleaseRecord record = new PersonFile.ReleaseRecord(UUID.randomUUID(), p.currentAdmissionId(),
                r.legalBasis().trim(), r.authority().trim(), r.releasedAt().withOffsetSameInstant(ZoneOffset.UTC),
                r.destination().trim(), now, actor.username());
        jdbc.sql("""
                insert into person_release(id, person_id, admission_id, legal_basis, authority, released_at,
                  destination, recorded_at, recorded_by)
                values (:id, :p, :a, :basis, :auth, :at, :dest, :now, :by)""")
                .param("id", record.id()).param("p", personId).param("a", record.admissionId())
                .param("basis", record.legalBasis()).param("auth", record.authority())
                .param("at", record.releasedAt()).param("dest", record.destination()).param("now", now)
                .param("by", actor.username()).update();
        jdbc.sql("update person set held = false, updated_at = :now where id = :p").param("now", now)
                .param("p", personId).update();
        events.publishEvent(new PersonReleased(UUID.randomUUID(), personId, record.admissionId(), record.legalBasis(),
                record.authority(), record.releasedAt(), record.destination(), p.facilityCode(), actor.username(),
                record.releasedAt()));
        return record;
    }
}
