package org.custos.oversight.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.oversight.RestraintEnded;
import org.custos.oversight.RestraintRecorded;
import org.custos.oversight.SegregationEventRecorded;
import org.custos.oversight.SegregationRecorded;
import org.custos.oversight.internal.compliance.Parameter;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segregation and solitary confinement (rule 9: never without a planned end, never beyond 15 days — refused),
 * its daily health-care visits, reviews and end; restraints (rule 11: a legal ground from the list, never as
 * punishment — refused; start, end, who authorized).
 */
@Service
public class SegregationService {

    public static final List<String> KINDS = List.of("SOLITARY", "SEGREGATION");
    public static final List<String> EVENT_KINDS = List.of("HEALTH_VISIT", "REVIEW", "END");
    public static final List<String> RESTRAINT_GROUNDS = List.of("PREVENT_ESCAPE_DURING_TRANSFER", "PREVENT_SELF_HARM",
            "PREVENT_HARM_TO_OTHERS", "MEDICAL_DIRECTION");
    public static final List<String> RESTRAINT_TYPES = List.of("HANDCUFFS", "LEG_RESTRAINTS", "BODY_BELT",
            "RESTRAINT_CHAIR");
    private final JdbcClient jdbc;
    private final People people;
    private final Bounds bounds;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;

    SegregationService(JdbcClient jdbc, People people, Bounds bounds, OversightSettings settings,
                       ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.bounds = bounds;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public UUID segregate(Requests.Segregation r, CurrentUser caller) {
        People.Person p = people.held(r.personId(), caller, "personId");
        Validation v = new Validation();
        Checks.code(v, "kind", r.kind(), KINDS);
        Checks.text(v, "ground", r.ground(), Bounds.TEXT);
        Checks.text(v, "authorizedBy", r.authorizedBy(), Bounds.NAME);
        Checks.past(v, bounds, "startedAt", r.startedAt());
        long maxDays = settings.policy().whole(Parameter.SOLITARY_MAX_DAYS);
        v.rejectIf(r.plannedEnd() == null, "plannedEnd", "oversight.PLANNED_END_REQUIRED");
        if (r.plannedEnd() != null && r.startedAt() != null) {
            v.rejectIf(!r.plannedEnd().isAfter(r.startedAt()), "plannedEnd", "oversight.END_BEFORE_START");
            v.rejectIf(Duration.between(r.startedAt(), r.plannedEnd()).compareTo(Duration.ofDays(maxDays)) > 0,
                    "plannedEnd", "oversight.SOLITARY_BEYOND_LIMIT", maxDays);
        }
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_segregation(id, person_id, facility_code, kind, ground, authorized_by, started_at,
                  planned_end, recorded_by, recorded_at) values (:id, :p, :f, :k, :g, :a, :s, :e, :by, :at)""")
                .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("k", r.kind())
                .param("g", r.ground().trim()).param("a", r.authorizedBy().trim()).param("s", r.startedAt())
                .param("e", r.plannedEnd()).param("by", Scopes.actor(caller)).param("at", at).update();
        events.publishEvent(SegregationRecorded.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID event(UUID segregationId, Requests.SegregationEvent r, CurrentUser caller) {
        record Seg(UUID personId, String facilityCode, OffsetDateTime startedAt) {
        }
        Seg s = jdbc.sql("select person_id, facility_code, started_at from oversight_segregation where id = :id")
                .param("id", segregationId).query(Positional.of(Seg.class)).optional().orElseThrow(Scopes::notFound);
        Scopes.require(caller, s.facilityCode());
        Validation v = new Validation();
        Checks.code(v, "kind", r.kind(), EVENT_KINDS);
        Checks.past(v, bounds, "at", r.at());
        v.rejectIf(r.at() != null && r.at().isBefore(s.startedAt()), "at", "oversight.BEFORE_START");
        Checks.text(v, "byWhom", r.byWhom(), Bounds.NAME);
        Bounds.text(v, "note", r.note(), Bounds.TEXT);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        try {
            jdbc.sql("""
                    insert into oversight_segregation_event(id, segregation_id, kind, at, by_whom, note, recorded_by,
                      recorded_at) values (:id, :s, :k, :t, :w, :n, :by, :at)""")
                    .param("id", id).param("s", segregationId).param("k", r.kind()).param("t", r.at())
                    .param("w", r.byWhom().trim()).param("n", Checks.trim(r.note())).param("by", Scopes.actor(caller))
                    .param("at", at).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("oversight.already-ended", FieldProblem.of("kind", "oversight.ALREADY_ENDED"));
        }
        events.publishEvent(SegregationEventRecorded.of(s.personId(), id, s.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID restrain(Requests.Restraint r, CurrentUser caller) {
        People.Person p = people.held(r.personId(), caller, "personId");
        Validation v = new Validation();
        if ("PUNISHMENT".equals(r.ground())) v.reject("ground", "oversight.RESTRAINTS_AS_PUNISHMENT");
        else Checks.code(v, "ground", r.ground(), RESTRAINT_GROUNDS);
        Checks.code(v, "type", r.type(), RESTRAINT_TYPES);
        Checks.past(v, bounds, "startedAt", r.startedAt());
        bounds.instant(v, "endedAt", r.endedAt(), Bounds.Kind.PAST_FACT);
        v.rejectIf(r.endedAt() != null && r.startedAt() != null && !r.endedAt().isAfter(r.startedAt()), "endedAt",
                "oversight.END_BEFORE_START");
        Checks.text(v, "authorizedBy", r.authorizedBy(), Bounds.NAME);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_restraint(id, person_id, facility_code, ground, type, started_at, ended_at,
                  authorized_by, recorded_by, recorded_at) values (:id, :p, :f, :g, :t, :s, :e, :a, :by, :at)""")
                .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("g", r.ground())
                .param("t", r.type()).param("s", r.startedAt()).param("e", r.endedAt())
                .param("a", r.authorizedBy().trim()).param("by", Scopes.actor(caller)).param("at", at).update();
        events.publishEvent(RestraintRecorded.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID endRestraint(UUID restraintId, Requests.RestraintEnd r, CurrentUser caller) {
        record Res(UUID personId, String facilityCode, OffsetDateTime startedAt, OffsetDateTime endedAt) {
        }
        Res res = jdbc.sql("select person_id, facility_code, started_at, ended_at from oversight_restraint where id = :id")
                .param("id", restraintId).query(Positional.of(Res.class)).optional().orElseThrow(Scopes::notFound);
        Scopes.require(caller, res.facilityCode());
        Validation v = new Validation();
        Checks.past(v, bounds, "endedAt", r.endedAt());
        v.rejectIf(r.endedAt() != null && !r.endedAt().isAfter(res.startedAt()), "endedAt", "oversight.END_BEFORE_START");
        v.throwIfInvalid(Scopes.INVALID);
        if (res.endedAt() != null) {
            throw ProblemException.conflict("oversight.already-ended", FieldProblem.of("endedAt", "oversight.ALREADY_ENDED"));
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        try {
            jdbc.sql("""
                    insert into oversight_restraint_end(id, restraint_id, ended_at, recorded_by, recorded_at)
                    values (:id, :r, :e, :by, :at)""").param("id", id).param("r", restraintId).param("e", r.endedAt())
                    .param("by", Scopes.actor(caller)).param("at", at).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("oversight.already-ended", FieldProblem.of("endedAt", "oversight.ALREADY_ENDED"));
        }
        events.publishEvent(RestraintEnded.of(res.personId(), id, res.facilityCode(), Scopes.actor(caller), at));
        return id;
    }
}
