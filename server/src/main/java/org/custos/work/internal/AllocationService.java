package org.custos.work.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.custos.work.AllocationStatusChanged;
import org.custos.work.PersonAllocated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocations to programmes: checked against the eligibility policy (a refusal names each rule), ACTIVE while
 * the programme has room and PENDING (the waiting list) otherwise. Every status change is a new row of
 * {@code work_allocation_status} and an {@link AllocationStatusChanged} event.
 */
@Service
public class AllocationService {

    public static final Set<String> LIVE = Set.of("PENDING", "ACTIVE", "SUSPENDED", "SUSPENDED_WITH_PAY");
    public static final List<String> STATUSES = List.of("PENDING", "ACTIVE", "SUSPENDED", "SUSPENDED_WITH_PAY", "ENDED");
    public static final List<String> END_REASONS = List.of("RELEASED", "TRANSFERRED", "COMPLETED", "WITHDRAWN",
            "DISMISSED", "HEALTH", "SECURITY");

    record Allocation(UUID id, UUID personId, UUID programmeId, String facilityCode, String status, String creditBasis) {
    }

    private final JdbcClient jdbc;
    private final WorkPersons persons;
    private final ProgrammeService programmes;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;

    AllocationService(JdbcClient jdbc, WorkPersons persons, ProgrammeService programmes, WorkSettings settings,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.programmes = programmes;
        this.settings = settings;
        this.events = events;
    }

    public Eligibility.Decision check(UUID personId, UUID programmeId, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        return persons.eligibility(persons.require(personId, caller), g);
    }

    @Transactional
    public UUID allocate(Requests.Allocation a, CurrentUser caller) {
        new Validation().rejectIf(a.personId() == null, "personId", "work.PERSON_REQUIRED")
                .rejectIf(a.programmeId() == null, "programmeId", "work.PROGRAMME_REQUIRED").throwIfInvalid(Scopes.INVALID);
        ProgrammeService.Programme g = programmes.get(a.programmeId(), caller);
        jdbc.sql("select 1 from work_programme where id = :id for update").param("id", g.id()).query(Integer.class).single();
        PersonProjection.Person p = persons.require(a.personId(), caller);
        Eligibility.Decision d = persons.eligibility(p, g);
        if (!d.allowed()) {
            throw ProblemException.invalid("work.ineligible", d.refusals().stream()
                    .map(r -> FieldProblem.of("personId", "work.eligibility." + r.code(), r.rule(), r.version())).toList());
        }
        int active = jdbc.sql("select count(*) from work_allocation where programme_id = :g and status <> 'ENDED' and status <> 'PENDING'")
                .param("g", g.id()).query(Integer.class).single();
        String status = active < g.capacity() ? "ACTIVE" : "PENDING";
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        try {
            jdbc.sql("""
                    insert into work_allocation(id, person_id, programme_id, facility_code, status, credit_basis, policy,
                      created_by, created_at) values (:id, :p, :g, :f, :s, :basis, :policy, :by, :at)""")
                    .param("id", id).param("p", p.personId()).param("g", g.id()).param("f", g.facilityCode())
                    .param("s", status).param("basis", d.basis().name()).param("policy", d.policy())
                    .param("by", Scopes.actor(caller)).param("at", at).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("work.already-allocated", FieldProblem.of("personId", "work.ALREADY_ALLOCATED"));
        }
        history(id, status, null, Scopes.actor(caller), at);
        events.publishEvent(new PersonAllocated(UUID.randomUUID(), p.personId(), id, g.id(), status, d.basis().name(),
                d.policy(), g.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public void change(UUID allocationId, Requests.StatusChange c, CurrentUser caller) {
        Allocation a = lock(allocationId).orElseThrow(Scopes::notFound);
        Scopes.require(caller, a.facilityCode());
        persons.require(a.personId(), caller);
        Validation v = new Validation();
        v.rejectIf(!Scopes.in(STATUSES, c.status()), "status", "work.STATUS_INVALID");
        v.rejectIf("ENDED".equals(c.status()) && !Scopes.in(END_REASONS, c.reason()), "reason", "work.END_REASON_REQUIRED");
        v.rejectIf(!"ENDED".equals(c.status()) && c.reason() != null && c.reason().length() > 500, "reason",
                "work.TEXT_TOO_LONG", 500);
        v.throwIfInvalid(Scopes.INVALID);
        if ("ENDED".equals(a.status()) || a.status().equals(c.status())) {
            throw ProblemException.conflict("work.allocation-state", FieldProblem.of("status", "work.STATUS_UNCHANGED"));
        }
        apply(a, c.status(), Scopes.trim(c.reason()), Scopes.actor(caller));
    }

    /** Ends every live allocation of a person (a release, a transfer); in the caller's transaction. */
    void endAll(UUID personId, String reason, String actor) {
        List<Allocation> live = jdbc.sql("""
                select id, person_id, programme_id, facility_code, status, credit_basis from work_allocation
                where person_id = :p and status <> 'ENDED' for update""").param("p", personId).query(Allocation.class).list();
        for (Allocation a : live) apply(a, "ENDED", reason, actor);
    }

    private void apply(Allocation a, String status, String reason, String actor) {
        OffsetDateTime at = settings.now();
        jdbc.sql("update work_allocation set status = :s where id = :id").param("s", status).param("id", a.id()).update();
        history(a.id(), status, reason, actor, at);
        events.publishEvent(new AllocationStatusChanged(UUID.randomUUID(), a.personId(), a.id(), a.status(), status,
                reason, a.facilityCode(), actor, at));
    }

    java.util.Optional<Allocation> lock(UUID id) {
        return jdbc.sql("select id, person_id, programme_id, facility_code, status, credit_basis from work_allocation"
                + " where id = :id for update").param("id", id).query(Allocation.class).optional();
    }

    private void history(UUID allocationId, String status, String reason, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into work_allocation_status(id, allocation_id, status, reason, changed_by, changed_at)
                values (:id, :a, :s, :r, :by, :at)""").param("id", UUID.randomUUID()).param("a", allocationId)
                .param("s", status).param("r", reason).param("by", actor).param("at", at).update();
    }
}
