package org.custos.movements.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.PersonLocation;
import org.custos.housing.Whereabouts;
import org.custos.identity.CurrentUser;
import org.custos.movements.EscortDeparted;
import org.custos.movements.EscortReturned;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escorts out and back; the checks shared with transfers. */
@Service
public class MovementService {

    static final Set<String> PURPOSES = Set.of("COURT", "HOSPITAL", "FUNERAL", "OTHER");
    private final JdbcClient jdbc;
    private final Whereabouts whereabouts;
    private final FacilityDirectory facilities;
    private final ApplicationEventPublisher events;
    /** The most escort officers one escort names. */
    static final int MAX_ESCORT_STAFF = 20;
    private final Clock clock;
    private final org.custos.shared.web.Bounds bounds;

    MovementService(JdbcClient jdbc, Whereabouts whereabouts, FacilityDirectory facilities,
                    ApplicationEventPublisher events, Clock clock, org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.whereabouts = whereabouts;
        this.facilities = facilities;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID escortOut(MovementRequests.Escort e, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(e.personId() == null, "personId", "required");
        v.rejectIf(e.purpose() == null || !PURPOSES.contains(e.purpose()), "purpose", "movements.purpose");
        required(v, "destination", e.destination());
        required(v, "authorizedBy", e.authorizedBy());
        v.rejectIf(e.escortStaff() == null || e.escortStaff().stream().allMatch(s -> s == null || s.isBlank()),
                "escortStaff", "required");
        if (org.custos.shared.web.Bounds.list(v, "escortStaff", e.escortStaff(), MAX_ESCORT_STAFF) && e.escortStaff() != null) {
            for (int i = 0; i < e.escortStaff().size(); i++) {
                org.custos.shared.web.Bounds.text(v, "escortStaff[" + i + "]", e.escortStaff().get(i),
                        org.custos.shared.web.Bounds.NAME);
            }
        }
        OffsetDateTime at = time(v, "departedAt", e.departedAt());
        v.throwIfInvalid("movements.validation");
        PersonLocation p = present(e.personId(), caller, "personId");
        UUID id = UUID.randomUUID();
        String staff = String.join(", ", e.escortStaff().stream().filter(s -> s != null && !s.isBlank())
                .map(String::trim).toList());
        jdbc.sql("""
                insert into escort(id, person_id, facility_code, purpose, destination, authorized_by, escort_staff,
                    departed_at, recorded_by) values (:id, :p, :f, :purpose, :dest, :auth, :staff, :at, :by)""")
                .param("id", id).param("p", p.personId()).param("f", p.facilityCode()).param("purpose", e.purpose())
                .param("dest", e.destination().trim()).param("auth", e.authorizedBy().trim()).param("staff", staff)
                .param("at", at).param("by", caller.username()).update();
        UUID event = UUID.randomUUID();
        whereabouts.leave(event, p.personId(), e.purpose() + ": " + e.destination().trim(), at);
        events.publishEvent(new EscortDeparted(event, p.personId(), id, e.purpose(), e.destination().trim(),
                e.authorizedBy().trim(), at, p.facilityCode(), caller.username(), OffsetDateTime.now(clock)));
        return id;
    }

    /** An escort as locked for its return: whether the person is still out. */
    private record Out(UUID personId, String facilityCode, boolean out, OffsetDateTime departedAt) {
    }

    @Transactional
    public void escortBack(UUID escortId, MovementRequests.At body, CurrentUser caller) {
        Out row = jdbc.sql("select person_id, facility_code, returned_at is null, departed_at from escort where id = :id for update")
                .param("id", escortId).query((rs, n) -> new Out(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getBoolean(3), rs.getObject(4, OffsetDateTime.class))).optional()
                .orElseThrow(() -> ProblemException.notFound("movements.not-found"));
        if (!caller.mayActIn(row.facilityCode())) {
            throw ProblemException.notFound("movements.not-found");
        }
        if (!row.out()) {
            throw ProblemException.conflict("movements.state", FieldProblem.of("escortId", "movements.already-back"));
        }
        Validation v = new Validation();
        OffsetDateTime at = time(v, "at", body == null ? null : body.at());
        v.rejectIf(at != null && at.isBefore(row.departedAt()), "at", "movements.before-departure");
        v.throwIfInvalid("movements.validation");
        jdbc.sql("update escort set returned_at = :at, returned_by = :by where id = :id").param("at", at)
                .param("by", caller.username()).param("id", escortId).update();
        UUID event = UUID.randomUUID();
        whereabouts.back(event, row.personId());
        events.publishEvent(new EscortReturned(event, row.personId(), escortId, at, row.facilityCode(),
                caller.username(), OffsetDateTime.now(clock)));
    }

    /** The person, held, in the caller's facilities, not out: or a problem naming {@code field}. */
    PersonLocation present(UUID personId, CurrentUser caller, String field) {
        PersonLocation p = whereabouts.locate(personId).orElse(null);
        if (p == null || !caller.mayActIn(p.facilityCode())) {
            throw ProblemException.invalid("movements.validation", FieldProblem.of(field, "movements.person.unknown"));
        }
        if (!p.held()) {
            throw ProblemException.invalid("movements.validation", FieldProblem.of(field, "movements.person.released"));
        }
        if (p.out()) {
            throw ProblemException.conflict("movements.state", FieldProblem.of(field, "movements.person.out"));
        }
        return p;
    }

    boolean facilityExists(String code) {
        return code != null && facilities.find(code).isPresent();
    }

    OffsetDateTime time(Validation v, String field, OffsetDateTime given) {
        return bounds.pastOrNow(v, field, given);
    }

    static void required(Validation v, String field, String value) {
        v.rejectIf(value == null || value.isBlank(), field, "required");
        org.custos.shared.web.Bounds.text(v, field, value, 1000);
    }
}
