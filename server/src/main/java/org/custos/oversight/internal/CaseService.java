package org.custos.oversight.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.oversight.AllegationReferred;
import org.custos.oversight.ComplaintAnswered;
import org.custos.oversight.ComplaintLodged;
import org.custos.oversight.DisciplineDecided;
import org.custos.oversight.internal.compliance.Parameter;
import org.custos.oversight.internal.compliance.Sanctions;
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
 * Discipline (an offence from the code, notice, hearing, defence, decision; a sanction from the list — a
 * prohibited one refused with {@code oversight.SANCTION_PROHIBITED}); requests and complaints with deadlines and
 * answers (a confidential one only a monitor reads); allegations of ill-treatment, referred in the same
 * transaction to the external body of configuration, the referral on the ledger.
 */
@Service
public class CaseService {

    public static final List<String> COMPLAINT_KINDS = List.of("REQUEST", "COMPLAINT");
    private final JdbcClient jdbc;
    private final People people;
    private final Bounds bounds;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;

    CaseService(JdbcClient jdbc, People people, Bounds bounds, OversightSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.bounds = bounds;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public UUID decide(Requests.Discipline r, CurrentUser caller) {
        People.Person p = people.held(r.personId(), caller, "personId");
        Validation v = new Validation();
        Checks.code(v, "offenceCode", r.offenceCode(), Sanctions.OFFENCES);
        Checks.past(v, bounds, "noticeAt", r.noticeAt());
        Checks.past(v, bounds, "hearingAt", r.hearingAt());
        v.rejectIf(r.noticeAt() != null && r.hearingAt() != null && r.hearingAt().isBefore(r.noticeAt()), "hearingAt",
                "oversight.HEARING_BEFORE_NOTICE");
        Checks.text(v, "defence", r.defence(), Bounds.TEXT);
        Checks.text(v, "decision", r.decision(), Bounds.TEXT);
        if (Sanctions.prohibited(r.sanctionCode())) v.reject("sanctionCode", "oversight.SANCTION_PROHIBITED");
        else Checks.code(v, "sanctionCode", r.sanctionCode(), Sanctions.ALLOWED);
        boolean days = List.of("CONFINEMENT_TO_CELL", "SOLITARY_CONFINEMENT").contains(r.sanctionCode());
        long max = settings.policy().whole(Parameter.SOLITARY_MAX_DAYS);
        v.rejectIf(days && r.sanctionDays() == null, "sanctionDays", "oversight.REQUIRED");
        v.rejectIf(r.sanctionDays() != null && (r.sanctionDays() < 1 || r.sanctionDays() > max), "sanctionDays",
                "oversight.SOLITARY_BEYOND_LIMIT", max);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_discipline(id, person_id, facility_code, offence_code, notice_at, hearing_at, defence,
                  decision, sanction_code, sanction_days, decided_by, recorded_at)
                values (:id, :p, :f, :o, :n, :h, :d, :dec, :s, :days, :by, :at)""")
                .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("o", r.offenceCode())
                .param("n", r.noticeAt()).param("h", r.hearingAt()).param("d", r.defence().trim())
                .param("dec", r.decision().trim()).param("s", r.sanctionCode()).param("days", r.sanctionDays())
                .param("by", Scopes.actor(caller)).param("at", at).update();
        events.publishEvent(DisciplineDecided.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID lodge(Requests.Complaint r, CurrentUser caller) {
        People.Person p = people.held(r.personId(), caller, "personId");
        Validation v = new Validation();
        Checks.code(v, "kind", r.kind(), COMPLAINT_KINDS);
        Checks.text(v, "subject", r.subject(), Bounds.TEXT);
        OffsetDateTime lodged = bounds.pastOrNow(v, "lodgedAt", r.lodgedAt());
        LocalDate lodgedDay = lodged.atZoneSameInstant(settings.zone()).toLocalDate();
        long days = settings.policy().whole(Parameter.COMPLAINT_ANSWER_DAYS);
        LocalDate deadline = r.deadline() == null ? lodgedDay.plusDays(days) : r.deadline();
        v.rejectIf(deadline.isBefore(lodgedDay), "deadline", "oversight.DEADLINE_BEFORE_LODGING");
        v.rejectIf(deadline.isAfter(lodgedDay.plusDays(days)), "deadline", "oversight.DEADLINE_BEYOND_POLICY", days);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_complaint(id, person_id, facility_code, kind, subject, confidential, lodged_at,
                  deadline, recorded_by, recorded_at) values (:id, :p, :f, :k, :s, :c, :l, :d, :by, :at)""")
                .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("k", r.kind())
                .param("s", r.subject().trim()).param("c", Boolean.TRUE.equals(r.confidential())).param("l", lodged)
                .param("d", deadline).param("by", Scopes.actor(caller)).param("at", at).update();
        events.publishEvent(ComplaintLodged.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    @Transactional
    public UUID answer(UUID complaintId, Requests.Answer r, CurrentUser caller) {
        record C(UUID personId, String facilityCode, boolean confidential) {
        }
        C c = jdbc.sql("select person_id, facility_code, confidential from oversight_complaint where id = :id")
                .param("id", complaintId).query(Positional.of(C.class)).optional().orElseThrow(Scopes::notFound);
        Scopes.require(caller, c.facilityCode());
        if (c.confidential() && !Scopes.readsConfidential(caller)) throw Scopes.notFound();
        Validation v = new Validation();
        Checks.text(v, "answer", r.answer(), Bounds.TEXT);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        try {
            jdbc.sql("""
                    insert into oversight_complaint_answer(id, complaint_id, answer, answered_at, answered_by)
                    values (:id, :c, :a, :at, :by)""").param("id", id).param("c", complaintId)
                    .param("a", r.answer().trim()).param("at", at).param("by", Scopes.actor(caller)).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("oversight.already-answered", FieldProblem.of("answer", "oversight.ALREADY_ANSWERED"));
        }
        events.publishEvent(ComplaintAnswered.of(c.personId(), id, c.facilityCode(), Scopes.actor(caller), at));
        return id;
    }

    /** Records the allegation and its referral to the configured external body in one transaction. */
    @Transactional
    public UUID allege(Requests.Allegation r, CurrentUser caller) {
        People.Person p = people.held(r.personId(), caller, "personId");
        Validation v = new Validation();
        OffsetDateTime received = bounds.pastOrNow(v, "receivedAt", r.receivedAt());
        Checks.text(v, "account", r.account(), Bounds.TEXT);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        jdbc.sql("""
                insert into oversight_allegation(id, person_id, facility_code, received_at, account, referred_to,
                  referred_at, recorded_by, recorded_at) values (:id, :p, :f, :r, :a, :to, :at, :by, :at)""")
                .param("id", id).param("p", p.id()).param("f", p.facilityCode()).param("r", received)
                .param("a", r.account().trim()).param("to", settings.referralBody()).param("by", Scopes.actor(caller))
                .param("at", at).update();
        events.publishEvent(AllegationReferred.of(p.id(), id, p.facilityCode(), Scopes.actor(caller), at));
        return id;
    }
}
