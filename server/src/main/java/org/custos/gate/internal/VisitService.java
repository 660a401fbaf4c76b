package org.custos.gate.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.custos.gate.VisitApproved;
import org.custos.gate.VisitBooked;
import org.custos.gate.VisitConcluded;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduled visits: booked, approved by a warden, then one outcome. Each step is its own row and event. */
@Service
public class VisitService {

    public static final Set<String> OUTCOMES = Set.of("TOOK_PLACE", "REFUSED_AT_GATE", "CANCELLED", "NO_SHOW");
    private final JdbcClient jdbc;
    private final GateScope scope;
    private final VisitedPersons visited;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.custos.shared.web.Bounds bounds;

    VisitService(JdbcClient jdbc, GateScope scope, VisitedPersons visited, ApplicationEventPublisher events, Clock clock,
                 org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.scope = scope;
        this.visited = visited;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID book(GateRequests.Visit b, CurrentUser caller) {
        Validation v = new Validation();
        scope.check(v, "facilityCode", b.facilityCode(), caller);
        EntrantRules.check(v, b.person(), "person.");
        EntrantRules.text(v, "purpose", b.purpose(), true);
        EntrantRules.text(v, "area", b.area(), false);
        v.rejectIf(b.scheduledAt() == null, "scheduledAt", "required");
        bounds.instant(v, "scheduledAt", b.scheduledAt(), org.custos.shared.web.Bounds.Kind.SCHEDULED);
        var person = v.hasProblem("facilityCode") ? null
                : visited.resolve(v, "visitedBooking", b.visitedBooking(), b.facilityCode(), caller);
        v.rejectIf(person == null && EntrantRules.trim(b.area()) == null && !v.hasProblem("visitedBooking"),
                "visitedBooking", "gate.visitedOrArea");
        v.throwIfInvalid("gate.validation");
        var p = b.person();
        UUID id = UUID.randomUUID();
        String area = EntrantRules.trim(b.area());
        jdbc.sql("""
                insert into scheduled_visit(id, facility_code, kind, given_names, first_surname, second_surname, doc_type,
                  doc_number, doc_country, organisation, purpose, visited_person, visited_booking, visited_name, area,
                  scheduled_at, booked_at, booked_by)
                values (:id, :f, :kind, :given, :first, :second, :dt, :dn, :dc, :org, :purpose, :vp, :vb, :vn, :area,
                  :at, :now, :by)""")
                .param("id", id).param("f", b.facilityCode()).param("kind", p.kind())
                .param("given", p.givenNames().trim()).param("first", p.firstSurname().trim())
                .param("second", EntrantRules.trim(p.secondSurname())).param("dt", p.documentType())
                .param("dn", p.documentNumber().trim().toUpperCase(Locale.ROOT))
                .param("dc", p.documentCountry().trim().toUpperCase(Locale.ROOT))
                .param("org", EntrantRules.trim(p.organisation())).param("purpose", b.purpose().trim())
                .param("vp", person == null ? null : person.personId()).param("vb", person == null ? null : person.booking())
                .param("vn", person == null ? null : person.name()).param("area", area).param("at", b.scheduledAt())
                .param("now", OffsetDateTime.now(clock)).param("by", caller.username()).update();
        events.publishEvent(new VisitBooked(UUID.randomUUID(), id, p.kind(), EntrantRules.fullName(p),
                person == null ? null : person.personId(), area, b.scheduledAt(), b.facilityCode(), caller.username(),
                OffsetDateTime.now(clock)));
        return id;
    }

    @Transactional
    public void approve(UUID visitId, GateRequests.Approval a, CurrentUser caller) {
        String facility = lock(visitId, caller);
        if (state(visitId) != State.BOOKED) {
            throw GateScope.conflict("gate.visit-state", "visitId", "gate.visit.notBooked");
        }
        String note = a == null ? null : EntrantRules.trim(a.note());
        jdbc.sql("insert into visit_approval(visit_id, note, approved_at, approved_by) values (:id, :note, :now, :by)")
                .param("id", visitId).param("note", note).param("now", OffsetDateTime.now(clock))
                .param("by", caller.username()).update();
        events.publishEvent(new VisitApproved(UUID.randomUUID(), visitId, note, facility, caller.username(),
                OffsetDateTime.now(clock)));
    }

    @Transactional
    public void conclude(UUID visitId, GateRequests.Outcome o, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(o == null || o.outcome() == null || !OUTCOMES.contains(o.outcome()), "outcome", "gate.outcome");
        String note = o == null ? null : EntrantRules.trim(o.note());
        v.rejectIf(o != null && "REFUSED_AT_GATE".equals(o.outcome()) && note == null, "note", "gate.refusalReason");
        EntrantRules.text(v, "note", note, false);
        v.throwIfInvalid("gate.validation");
        String facility = lock(visitId, caller);
        record(visitId, o.outcome(), note, null, facility, caller);
    }

    /** The visit's visitor came in through entry {@code entryId}: the visit took place. */
    void tookPlace(UUID visitId, UUID entryId, String facilityCode, CurrentUser caller) {
        String facility = lock(visitId, caller);
        if (!facility.equals(facilityCode) || state(visitId) != State.APPROVED) {
            throw GateScope.conflict("gate.visit-state", "visitId", "gate.visit.notApproved");
        }
        record(visitId, "TOOK_PLACE", null, entryId, facility, caller);
    }

    private void record(UUID visitId, String outcome, String note, UUID entryId, String facility, CurrentUser caller) {
        State s = state(visitId);
        if (s == State.CONCLUDED || ("TOOK_PLACE".equals(outcome) && s != State.APPROVED)) {
            throw GateScope.conflict("gate.visit-state", "outcome", "gate.visit.notApproved");
        }
        jdbc.sql("""
                insert into visit_outcome(visit_id, outcome, note, entry_id, recorded_at, recorded_by)
                values (:id, :o, :note, :entry, :now, :by)""")
                .param("id", visitId).param("o", outcome).param("note", note).param("entry", entryId)
                .param("now", OffsetDateTime.now(clock)).param("by", caller.username()).update();
        events.publishEvent(new VisitConcluded(UUID.randomUUID(), visitId, outcome, note, entryId, facility,
                caller.username(), OffsetDateTime.now(clock)));
    }

    enum State { BOOKED, APPROVED, CONCLUDED }

    State state(UUID visitId) {
        return jdbc.sql("""
                select case when exists(select 1 from visit_outcome where visit_id = :id) then 'CONCLUDED'
                            when exists(select 1 from visit_approval where visit_id = :id) then 'APPROVED'
                            else 'BOOKED' end""").param("id", visitId).query(String.class).single()
                .transform(State::valueOf);
    }

    private String lock(UUID visitId, CurrentUser caller) {
        String f = jdbc.sql("select facility_code from scheduled_visit where id = :id for update").param("id", visitId)
                .query(String.class).optional().orElseThrow(GateScope::notFound);
        if (!caller.mayActIn(f)) {
            throw GateScope.notFound();
        }
        return f;
    }
}
