package org.custos.oversight.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.oversight.DeathInCustodyRecorded;
import org.custos.oversight.MedicalExaminationRecorded;
import org.custos.oversight.MonitorVisitRecorded;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.custos.facilities.FacilityDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medical examination on admission (statement, findings, whether consistent, injuries), deaths in custody
 * (refused without next of kin and the independent authority informed, with when and by whom), and monitors'
 * visits of a facility.
 */
@Service
public class HealthService {

    private final JdbcClient jdbc;
    private final People people;
    private final Bounds bounds;
    private final OversightSettings settings;
    private final FacilityDirectory facilities;
    private final ApplicationEventPublisher events;

    HealthService(JdbcClient jdbc, People people, Bounds bounds, OversightSettings settings, FacilityDirectory facilities,
                  ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.bounds = bounds;
        this.settings = settings;
        this.facilities = facilities;
        this.events = events;
    }

    @Transactional
    public UUID examine(Requests.MedicalExamination r, CurrentUser caller) {
        People.Person p = people.held(r.personId(), caller, "personId");
        Validation v = new Validation();
        Checks.past(v, bounds, "examinedAt", r.examinedAt());
        v.rejectIf(r.examinedAt() != null && r.examinedAt().isBefore(p.admittedAt()), "examinedAt",
                "oversight.BEFORE_ADMISSION");
        Checks.text(v, "examinedBy", r.examinedBy(), Bounds.NAME);
        Checks.text(v, "statement", r.statement(), Bounds.TEXT);
        Checks.text(v, "findings", r.findings(), Bounds.TEXT);
        v.rejectIf(r.consistent() == null, "consistent", "oversight.REQUIRED");
        Bounds.text(v, "injuries", r.injuries(), Bounds.TEXT);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_medical_exam(id, person_id, facility_code, examined_at, examined_by, statement,
                  findings, consistent, injuries, recorded_by, recorded_at)
                values (:id, :p, :f, :e, :eb, :s, :fi, :c, :i, :by, :at)""")
                .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("e", r.examinedAt())
                .param("eb", r.examinedBy().trim()).param("s", r.statement().trim()).param("fi", r.findings().trim())
                .param("c", r.consistent()).param("i", Checks.trim(r.injuries())).param("by", Scopes.actor(caller))
                .param("at", at).update();
        events.publishEvent(MedicalExaminationRecorded.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID death(Requests.Death r, CurrentUser caller) {
        People.Person p = people.find(r.personId()).orElseThrow(() -> ProblemException.invalid(Scopes.INVALID,
                FieldProblem.of("personId", r.personId() == null ? "oversight.PERSON_REQUIRED" : "oversight.PERSON_UNKNOWN")));
        Scopes.require(caller, p.facilityCode());
        Validation v = new Validation();
        Checks.past(v, bounds, "diedAt", r.diedAt());
        Checks.text(v, "place", r.place(), Bounds.NAME);
        Checks.text(v, "circumstances", r.circumstances(), Bounds.TEXT);
        v.rejectIf(r.kinInformedAt() == null, "kinInformedAt", "oversight.KIN_NOT_INFORMED");
        bounds.instant(v, "kinInformedAt", r.kinInformedAt(), Bounds.Kind.PAST_FACT);
        Checks.text(v, "kinInformedBy", r.kinInformedBy(), Bounds.NAME);
        Checks.text(v, "authority", r.authority(), Bounds.NAME);
        v.rejectIf(r.authorityInformedAt() == null, "authorityInformedAt", "oversight.AUTHORITY_NOT_INFORMED");
        bounds.instant(v, "authorityInformedAt", r.authorityInformedAt(), Bounds.Kind.PAST_FACT);
        for (String f : new String[] {"kinInformedAt", "authorityInformedAt"}) {
            OffsetDateTime t = f.equals("kinInformedAt") ? r.kinInformedAt() : r.authorityInformedAt();
            v.rejectIf(t != null && r.diedAt() != null && t.isBefore(r.diedAt()), f, "oversight.BEFORE_DEATH");
        }
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        try {
            jdbc.sql("""
                    insert into oversight_death(id, person_id, facility_code, died_at, place, circumstances, kin_informed_at,
                      kin_informed_by, authority, authority_informed_at, recorded_by, recorded_at)
                    values (:id, :p, :f, :d, :pl, :c, :k, :kb, :a, :ai, :by, :at)""")
                    .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("d", r.diedAt())
                    .param("pl", r.place().trim()).param("c", r.circumstances().trim()).param("k", r.kinInformedAt())
                    .param("kb", r.kinInformedBy().trim()).param("a", r.authority().trim())
                    .param("ai", r.authorityInformedAt()).param("by", Scopes.actor(caller)).param("at", at).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("oversight.death-exists", FieldProblem.of("personId", "oversight.DEATH_EXISTS"));
        }
        events.publishEvent(DeathInCustodyRecorded.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID visit(Requests.Visit r, CurrentUser caller) {
        Validation v = new Validation();
        if (Scopes.blank(r.facilityCode())) v.reject("facilityCode", "oversight.REQUIRED");
        else v.rejectIf(facilities.find(r.facilityCode()).isEmpty(), "facilityCode", "oversight.FACILITY_UNKNOWN");
        v.rejectIf(r.visitedOn() == null, "visitedOn", "oversight.REQUIRED");
        bounds.date(v, "visitedOn", r.visitedOn(), Bounds.Kind.PAST_FACT);
        Checks.text(v, "body", r.body(), Bounds.NAME);
        Checks.text(v, "places", r.places(), Bounds.TEXT);
        Checks.text(v, "findings", r.findings(), Bounds.TEXT);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_visit(id, facility_code, visited_on, monitor, body, places, findings, recorded_at)
                values (:id, :f, :d, :m, :b, :p, :fi, :at)""").param("id", id).param("f", r.facilityCode())
                .param("d", r.visitedOn()).param("m", Scopes.actor(caller)).param("b", r.body().trim())
                .param("p", r.places().trim()).param("fi", r.findings().trim()).param("at", at).update();
        events.publishEvent(MonitorVisitRecorded.of(id, id, r.facilityCode(), Scopes.actor(caller), at));
        return id;
    }
}
