package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.custos.identity.CurrentUser;
import org.custos.sentencing.WorkCredits;
import org.custos.shared.web.Validation;
import org.custos.work.WorkCreditsCertified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly certification: the pending credits of each person with their evidence, and the supervising
 * judge's decision per person (approved with the constancia number and the document's SHA-256, or refused
 * with a reason). Approved days go to the sentencing module's {@link WorkCredits} in the same transaction,
 * so the release dates move with the certification or not at all.
 */
@Service
public class CertificationService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** One pending credit with its evidence. */
    public record Pending(UUID creditId, UUID personId, String bookingNumber, String facilityCode, String programmeCode,
                          LocalDate creditDay, BigDecimal hours, String kind, String basis, String status,
                          String attendanceIds) {
    }

    /** A person's pending credits of the month. */
    public record PersonCredits(UUID personId, String bookingNumber, String facilityCode, List<Pending> credits,
                                boolean awaitingConviction, boolean pendingReview) {
    }

    /** What a decision did: the days and, when approved, the projected release before and after. */
    public record Outcome(UUID personId, String decision, int days, LocalDate projectedRelease, LocalDate previousRelease) {
    }

    private final JdbcClient jdbc;
    private final WorkPersons persons;
    private final WorkCreditService credits;
    private final WorkCredits sentencing;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;

    CertificationService(JdbcClient jdbc, WorkPersons persons, WorkCreditService credits, WorkCredits sentencing,
                         WorkSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.credits = credits;
        this.sentencing = sentencing;
        this.settings = settings;
        this.events = events;
    }

    public List<PersonCredits> pending(String month, CurrentUser caller) {
        YearMonth m = credits.month(month, "month");
        List<Pending> rows = jdbc.sql("""
                select c.id credit_id, c.person_id, p.booking_number, g.facility_code, g.code programme_code, c.credit_day,
                       c.hours, c.kind, c.basis, c.status, array_to_string(c.attendance_ids, ',') attendance_ids
                from work_credit c join work_programme g on g.id = c.programme_id
                left join work_person p on p.person_id = c.person_id
                where c.credit_day between :from and :to and c.status in ('PENDING', 'AWAITING_CONVICTION')
                order by p.booking_number, c.credit_day""")
                .param("from", m.atDay(1)).param("to", m.atEndOfMonth()).query(Pending.class).list();
        Map<UUID, List<Pending>> by = new LinkedHashMap<>();
        for (Pending p : rows) if (caller.mayActIn(p.facilityCode())) by.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        return by.values().stream().map(l -> new PersonCredits(l.get(0).personId(), l.get(0).bookingNumber(),
                l.get(0).facilityCode(), l, l.stream().anyMatch(p -> "AWAITING_CONVICTION".equals(p.status())),
                l.stream().anyMatch(p -> "PENDING_JUDICIAL_REVIEW".equals(p.basis())))).toList();
    }

    @Transactional
    public List<Outcome> certify(Requests.Certification c, CurrentUser caller) {
        YearMonth m = credits.month(c.month(), "month");
        List<Requests.Decision> ds = c.decisions() == null ? List.of() : c.decisions();
        Validation v = new Validation();
        v.rejectIf(ds.isEmpty(), "decisions", "work.DECISIONS_REQUIRED");
        Set<UUID> seen = new HashSet<>();
        List<List<Pending>> each = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) {
            Requests.Decision d = ds.get(i);
            String f = "decisions[" + i + "]";
            List<Pending> mine = List.of();
            if (d.personId() == null) v.reject(f + ".personId", "work.PERSON_REQUIRED");
            else if (!seen.add(d.personId())) v.reject(f + ".personId", "work.DUPLICATE_IN_REQUEST");
            else {
                persons.require(d.personId(), caller);
                mine = lock(d.personId(), m);
                if (mine.stream().anyMatch(p -> "AWAITING_CONVICTION".equals(p.status()))) {
                    v.reject(f + ".personId", "work.CREDIT_AWAITING_CONVICTION");
                } else if (mine.isEmpty()) v.reject(f + ".personId", "work.NO_PENDING_CREDITS");
            }
            each.add(mine);
            boolean approved = "APPROVED".equals(d.decision());
            v.rejectIf(!approved && !"REFUSED".equals(d.decision()), f + ".decision", "work.DECISION_INVALID");
            v.rejectIf(approved && (Scopes.blank(d.constancia()) || d.constancia().length() > 100), f + ".constancia",
                    "work.CONSTANCIA_REQUIRED");
            v.rejectIf(approved && (d.documentSha256() == null || !SHA256.matcher(d.documentSha256()).matches()),
                    f + ".documentSha256", "work.DOCUMENT_HASH_REQUIRED");
            v.rejectIf("REFUSED".equals(d.decision()) && (Scopes.blank(d.reason()) || d.reason().length() > 1000),
                    f + ".reason", "work.REFUSAL_REASON_REQUIRED");
        }
        v.throwIfInvalid(Scopes.INVALID);
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) out.add(decide(ds.get(i), each.get(i), m, caller));
        return out;
    }

    private Outcome decide(Requests.Decision d, List<Pending> mine, YearMonth m, CurrentUser caller) {
        UUID decisionId = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        boolean approved = "APPROVED".equals(d.decision());
        WorkCredits.Certified done = null;
        if (approved) {
            done = sentencing.recordCertified(d.personId(), mine.stream()
                    .map(p -> new WorkCredits.CertifiedDay(p.creditDay(), p.kind(), p.hours().intValue())).toList(),
                    d.constancia().trim(), d.documentSha256(), caller);
        }
        for (int k = 0; k < mine.size(); k++) {
            jdbc.sql("""
                    update work_credit set status = :s, decision_id = :d, sentencing_credit_id = :sc, status_reason = :r,
                      updated_at = :at where id = :id""")
                    .param("s", approved ? "APPROVED" : "REFUSED").param("d", decisionId)
                    .param("sc", done == null ? null : done.creditIds().get(k)).param("r", Scopes.trim(d.reason()))
                    .param("at", at).param("id", mine.get(k).creditId()).update();
        }
        jdbc.sql("""
                insert into work_certification(id, person_id, month, decision, reason, constancia, document_sha256, days,
                  recorded_by, recorded_at) values (:id, :p, :m, :d, :r, :c, :h, :n, :by, :at)""")
                .param("id", decisionId).param("p", d.personId()).param("m", m.toString()).param("d", d.decision())
                .param("r", Scopes.trim(d.reason())).param("c", Scopes.trim(d.constancia()))
                .param("h", approved ? d.documentSha256() : null).param("n", mine.size())
                .param("by", Scopes.actor(caller)).param("at", at).update();
        events.publishEvent(new WorkCreditsCertified(UUID.randomUUID(), d.personId(), decisionId, m.toString(), d.decision(),
                mine.size(), Scopes.trim(d.constancia()), approved ? d.documentSha256() : null, Scopes.trim(d.reason()),
                mine.get(0).facilityCode(), Scopes.actor(caller), at));
        return new Outcome(d.personId(), d.decision(), mine.size(), done == null ? null : done.projectedRelease(),
                done == null ? null : done.previousRelease());
    }

    private List<Pending> lock(UUID personId, YearMonth m) {
        return jdbc.sql("""
                select c.id credit_id, c.person_id, p.booking_number, g.facility_code, g.code programme_code, c.credit_day,
                       c.hours, c.kind, c.basis, c.status, array_to_string(c.attendance_ids, ',') attendance_ids
                from work_credit c join work_programme g on g.id = c.programme_id
                left join work_person p on p.person_id = c.person_id
                where c.person_id = :p and c.credit_day between :from and :to
                  and c.status in ('PENDING', 'AWAITING_CONVICTION')
                order by c.credit_day for update of c""")
                .param("p", personId).param("from", m.atDay(1)).param("to", m.atEndOfMonth()).query(Pending.class).list();
    }
}
