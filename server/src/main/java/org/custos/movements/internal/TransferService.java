package org.custos.movements.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.housing.PersonLocation;
import org.custos.housing.Whereabouts;
import org.custos.identity.CurrentUser;
import org.custos.movements.PersonTransferred;
import org.custos.movements.TransferAuthorized;
import org.custos.movements.TransferCancelled;
import org.custos.movements.TransferDeparted;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Transfers between facilities: authorized with the family notified, then departure, then arrival. */
@Service
public class TransferService {

    private final JdbcClient jdbc;
    private final MovementService common;
    private final Whereabouts whereabouts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferService(JdbcClient jdbc, MovementService common, Whereabouts whereabouts, ApplicationEventPublisher events,
                    Clock clock) {
        this.jdbc = jdbc;
        this.common = common;
        this.whereabouts = whereabouts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID authorize(MovementRequests.Transfer t, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(t.personId() == null, "personId", "required");
        v.rejectIf(!common.facilityExists(t.toFacility()), "toFacility", "movements.facility.unknown");
        MovementService.required(v, "reason", t.reason());
        MovementService.required(v, "authorizedBy", t.authorizedBy());
        MovementRequests.FamilyNotification f = t.familyNotification();
        if (f == null) {
            v.reject("familyNotification", "movements.family-not-notified");
        } else {
            MovementService.required(v, "familyNotification.notifiedPerson", f.notifiedPerson());
            MovementService.required(v, "familyNotification.means", f.means());
            v.rejectIf(f.notifiedAt() == null, "familyNotification.notifiedAt", "required");
            common.time(v, "familyNotification.notifiedAt", f.notifiedAt());
        }
        v.throwIfInvalid("movements.validation");
        PersonLocation p = common.present(t.personId(), caller, "personId");
        if (p.facilityCode().equals(t.toFacility())) {
            throw ProblemException.invalid("movements.validation", FieldProblem.of("toFacility", "movements.same-facility"));
        }
        refuseIfPending(p.personId());
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            jdbc.sql("""
                insert into transfer(id, person_id, from_facility, to_facility, reason, authorized_by, family_notified_at,
                    family_notified, family_means, recorded_at, recorded_by)
                values (:id, :p, :from, :to, :why, :auth, :fat, :fwho, :fhow, :at, :by)""")
                .param("id", id).param("p", p.personId()).param("from", p.facilityCode()).param("to", t.toFacility())
                .param("why", t.reason().trim()).param("auth", t.authorizedBy().trim()).param("fat", f.notifiedAt())
                .param("fwho", f.notifiedPerson().trim()).param("fhow", f.means().trim())
                .param("at", now).param("by", caller.username()).update();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw pending();
        }
        events.publishEvent(new TransferAuthorized(UUID.randomUUID(), p.personId(), id, t.toFacility(), t.reason().trim(),
                t.authorizedBy().trim(), p.facilityCode(), caller.username(), now));
        return id;
    }

    /** One pending transfer per person; the unique index {@code transfer_one_pending} backs it under concurrency. */
    private void refuseIfPending(UUID person) {
        jdbc.sql("select 1 from transfer where person_id = :p and arrived_at is null and cancelled_at is null for update").param("p", person)
                .query(Integer.class).optional().ifPresent(x -> {
                    throw pending();
                });
    }

    private static ProblemException pending() {
        return ProblemException.conflict("movements.transfer-pending", FieldProblem.of("personId", "movements.transfer-pending"));
    }

    @Transactional
    public void depart(UUID transferId, MovementRequests.At body, CurrentUser caller) {
        Row t = load(transferId, caller, true);
        refuseIfCancelled(t);
        if (t.departed()) {
            throw ProblemException.conflict("movements.state", FieldProblem.of("transferId", "movements.already-departed"));
        }
        Validation v = new Validation();
        OffsetDateTime at = common.time(v, "at", body == null ? null : body.at());
        v.throwIfInvalid("movements.validation");
        common.present(t.person, caller, "personId");
        jdbc.sql("update transfer set departed_at = :at where id = :id").param("at", at).param("id", transferId).update();
        UUID event = UUID.randomUUID();
        whereabouts.departOnTransfer(event, t.person, t.to, at, caller.username());
        events.publishEvent(new TransferDeparted(event, t.person, transferId, t.to, at, t.from,
                caller.username(), OffsetDateTime.now(clock)));
    }

    /**
     * Cancels a pending transfer (authorized, not departed) with a reason, by a warden of the sending facility:
     * appended to {@code transfer_cancellation}; the transfer stops counting as the person's pending one. Nothing
     * moved, so housing and the registry are not told. 409 {@code movements.state} once departed or cancelled.
     */
    @Transactional
    public UUID cancel(UUID transferId, MovementRequests.Cancellation body, CurrentUser caller) {
        Row t = load(transferId, caller, true);
        refuseIfCancelled(t);
        if (t.departed()) {
            throw ProblemException.conflict("movements.state", FieldProblem.of("transferId", "movements.already-departed"));
        }
        Validation v = new Validation();
        String reason = body == null ? null : body.reason();
        MovementService.required(v, "reason", reason);
        v.throwIfInvalid("movements.validation");
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into transfer_cancellation(id, transfer_id, reason, cancelled_at, cancelled_by)
                values (:id, :t, :why, :at, :by)""").param("id", id).param("t", transferId).param("why", reason.trim())
                .param("at", now).param("by", caller.username()).update();
        jdbc.sql("update transfer set cancelled_at = :at where id = :id").param("at", now).param("id", transferId).update();
        events.publishEvent(new TransferCancelled(UUID.randomUUID(), t.person, transferId, id, t.to, reason.trim(), t.from,
                caller.username(), now));
        return id;
    }

    private static void refuseIfCancelled(Row t) {
        if (t.cancelled) {
            throw ProblemException.conflict("movements.state", FieldProblem.of("transferId", "movements.cancelled"));
        }
    }

    @Transactional
    public void arrive(UUID transferId, MovementRequests.At body, CurrentUser caller) {
        Row t = load(transferId, caller, false);
        refuseIfCancelled(t);
        if (!t.departed() || t.arrived) {
            throw ProblemException.conflict("movements.state", FieldProblem.of("transferId", "movements.not-in-transit"));
        }
        Validation v = new Validation();
        OffsetDateTime at = common.time(v, "at", body == null ? null : body.at());
        v.rejectIf(at.isBefore(t.departedAt), "at", "movements.arrival.before-departure");
        v.throwIfInvalid("movements.validation");
        jdbc.sql("update transfer set arrived_at = :at where id = :id").param("at", at).param("id", transferId).update();
        events.publishEvent(new PersonTransferred(UUID.randomUUID(), t.person, transferId, t.from, at, t.to,
                caller.username(), OffsetDateTime.now(clock)));
    }

    private record Row(UUID person, String from, String to, OffsetDateTime departedAt, boolean arrived,
                       boolean cancelled) {

        boolean departed() {
            return departedAt != null;
        }
    }

    /** The transfer, locked; 404 unless the caller acts in the sending ({@code origin}) or the receiving facility. */
    private Row load(UUID id, CurrentUser caller, boolean origin) {
        Row r = jdbc.sql("""
                select person_id, from_facility, to_facility, departed_at, arrived_at is not null, cancelled_at is not null
                from transfer where id = :id for update""").param("id", id)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getBoolean(5), rs.getBoolean(6))).optional()
                .orElseThrow(() -> ProblemException.notFound("movements.not-found"));
        if (!caller.mayActIn(origin ? r.from : r.to)) {
            throw ProblemException.notFound("movements.not-found");
        }
        return r;
    }
}
