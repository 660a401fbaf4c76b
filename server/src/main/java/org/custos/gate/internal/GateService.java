package org.custos.gate.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.custos.gate.GateEntryRecorded;
import org.custos.gate.GateExitRecorded;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records entries and exits, each with its custody event in the same transaction. */
@Service
public class GateService {

    /** The id of the recorded entry and the id of its ledger event (for the receipt). */
    public record Recorded(UUID id, UUID eventId, boolean surveillanceOffline) {
    }

    private final JdbcClient jdbc;
    private final GateScope scope;
    private final VisitedPersons visited;
    private final Surveillance surveillance;
    private final VisitService visits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.custos.shared.web.Bounds bounds;

    GateService(JdbcClient jdbc, GateScope scope, VisitedPersons visited, Surveillance surveillance,
                VisitService visits, ApplicationEventPublisher events, Clock clock, org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.scope = scope;
        this.visited = visited;
        this.surveillance = surveillance;
        this.visits = visits;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Recorded enter(GateRequests.Entry e, CurrentUser caller) {
        Validation v = new Validation();
        scope.check(v, "facilityCode", e.facilityCode(), caller);
        EntrantRules.check(v, e.person(), "person.");
        EntrantRules.text(v, "purpose", e.purpose(), true);
        EntrantRules.text(v, "area", e.area(), false);
        EntrantRules.text(v, "gate", e.gate(), false);
        EntrantRules.official(v, "authorizedBy", e.authorizedBy());
        OffsetDateTime at = bounds.pastOrNow(v, "enteredAt", e.enteredAt());
        var person = v.hasProblem("facilityCode") ? null
                : visited.resolve(v, "visitedBooking", e.visitedBooking(), e.facilityCode(), caller);
        v.rejectIf(person == null && EntrantRules.trim(e.area()) == null && !v.hasProblem("visitedBooking"),
                "visitedBooking", "gate.visitedOrArea");
        v.throwIfInvalid("gate.validation");
        var p = e.person();
        String docNumber = p.documentNumber().trim().toUpperCase(Locale.ROOT);
        String country = p.documentCountry().trim().toUpperCase(Locale.ROOT);
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", p.documentType() + "|" + docNumber + "|" + country)
                .query().singleRow();
        boolean inside = jdbc.sql("""
                select exists(select 1 from gate_entry e where e.doc_type = :t and e.doc_number = :n and e.doc_country = :c
                  and not exists (select 1 from gate_exit x where x.entry_id = e.id))""")
                .param("t", p.documentType()).param("n", docNumber).param("c", country).query(Boolean.class).single();
        if (inside) {
            throw GateScope.conflict("gate.already-inside", "person.documentNumber", "gate.alreadyInside");
        }
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String gate = EntrantRules.trim(e.gate()) == null ? "Principal" : e.gate().trim();
        String area = EntrantRules.trim(e.area());
        boolean offline = surveillance.offlineAt(e.facilityCode(), at, gate, area);
        jdbc.sql("""
                insert into gate_entry(id, facility_code, gate, kind, given_names, first_surname, second_surname, doc_type,
                  doc_number, doc_country, organisation, purpose, visited_person, visited_booking, visited_name, area,
                  authorized_by, visit_id, entered_at, event_id, recorded_at, recorded_by)
                values (:id, :f, :gate, :kind, :given, :first, :second, :dt, :dn, :dc, :org, :purpose, :vp, :vb, :vn, :area,
                  :auth, :visit, :at, :event, :now, :by)""")
                .param("id", id).param("f", e.facilityCode()).param("gate", gate).param("kind", p.kind())
                .param("given", p.givenNames().trim()).param("first", p.firstSurname().trim())
                .param("second", EntrantRules.trim(p.secondSurname())).param("dt", p.documentType())
                .param("dn", docNumber).param("dc", country).param("org", EntrantRules.trim(p.organisation()))
                .param("purpose", e.purpose().trim()).param("vp", person == null ? null : person.personId())
                .param("vb", person == null ? null : person.booking()).param("vn", person == null ? null : person.name())
                .param("area", area).param("auth", e.authorizedBy().trim()).param("visit", e.visitId())
                .param("at", at).param("event", eventId).param("now", OffsetDateTime.now(clock))
                .param("by", caller.username()).update();
        if (e.visitId() != null) {
            visits.tookPlace(e.visitId(), id, e.facilityCode(), caller);
        }
        events.publishEvent(new GateEntryRecorded(eventId, id, p.kind(), EntrantRules.fullName(p), p.documentType(),
                docNumber, country, EntrantRules.trim(p.organisation()), e.purpose().trim(),
                person == null ? null : person.personId(), area, e.authorizedBy().trim(), gate, at, offline,
                e.facilityCode(), caller.username(), OffsetDateTime.now(clock)));
        return new Recorded(id, eventId, offline);
    }

    /** The entry an exit ends, as locked. */
    private record Entered(String facilityCode, OffsetDateTime enteredAt, String gate, String area) {
    }

    @Transactional
    public Recorded exit(UUID entryId, GateRequests.Exit body, CurrentUser caller) {
        Entered row = jdbc.sql("select facility_code, entered_at, gate, area from gate_entry where id = :id for update")
                .param("id", entryId).query((rs, n) -> new Entered(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(GateScope::notFound);
        String facility = row.facilityCode();
        if (!caller.mayActIn(facility)) {
            throw GateScope.notFound();
        }
        if (jdbc.sql("select exists(select 1 from gate_exit where entry_id = :id)").param("id", entryId)
                .query(Boolean.class).single()) {
            throw GateScope.conflict("gate.already-out", "entryId", "gate.alreadyOut");
        }
        Validation v = new Validation();
        OffsetDateTime at = bounds.pastOrNow(v, "exitedAt", body == null ? null : body.exitedAt());
        v.rejectIf(at.isBefore(row.enteredAt()), "exitedAt", "gate.beforeEntry");
        EntrantRules.text(v, "note", body == null ? null : body.note(), false);
        v.throwIfInvalid("gate.validation");
        UUID eventId = UUID.randomUUID();
        boolean offline = surveillance.offlineAt(facility, at, row.gate(), row.area());
        jdbc.sql("""
                insert into gate_exit(entry_id, exited_at, note, event_id, recorded_at, recorded_by)
                values (:id, :at, :note, :event, :now, :by)""")
                .param("id", entryId).param("at", at).param("note", body == null ? null : EntrantRules.trim(body.note()))
                .param("event", eventId).param("now", OffsetDateTime.now(clock)).param("by", caller.username()).update();
        events.publishEvent(new GateExitRecorded(eventId, entryId, at, offline, facility, caller.username(),
                OffsetDateTime.now(clock)));
        return new Recorded(entryId, eventId, offline);
    }

    /** Throws a 404 unless the entry exists and the caller may see its facility. */
    public String facilityOf(UUID entryId, CurrentUser caller) {
        String f = jdbc.sql("select facility_code from gate_entry where id = :id").param("id", entryId)
                .query(String.class).optional().orElseThrow(GateScope::notFound);
        if (!caller.mayActIn(f)) {
            throw GateScope.notFound();
        }
        return f;
    }
}
