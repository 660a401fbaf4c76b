package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.custos.work.AttendanceRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's attendance for many persons at once (the roster, the bulk API, a CSV import): every record
 * checked first — allocated on that day, not in the future, no second record for the session, hours within
 * the session, a suspended allocation only SUSPENDED — and refused whole with each field named ({@code records[17].hours}); then written with one
 * batch statement per table and announced as one batch of {@link AttendanceRecorded} events.
 */
@Service
public class AttendanceService {

    public static final List<String> OUTCOMES = List.of("ATTENDED", "SICK", "REFUSED", "REST_DAY", "NOT_REQUIRED",
            "CANCELLED", "SUSPENDED", "CLASH", "OTHER");
    static final int MAX_RECORDS = 50_000;

    record Live(UUID id, UUID personId, String status, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;

    AttendanceService(JdbcClient jdbc, ProgrammeService programmes, WorkSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public List<UUID> record(UUID programmeId, Requests.Roster roster, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        Validation v = new Validation();
        LocalDate date = roster.date();
        v.rejectIf(date == null, "date", "work.DATE_REQUIRED");
        v.rejectIf(date != null && date.isAfter(settings.today()), "date", "work.DATE_IN_FUTURE");
        List<Requests.Mark> marks = roster.records() == null ? List.of() : roster.records();
        v.rejectIf(marks.isEmpty(), "records", "work.RECORDS_REQUIRED");
        v.rejectIf(marks.size() > MAX_RECORDS, "records", "work.TOO_MANY_RECORDS", MAX_RECORDS);
        v.throwIfInvalid(Scopes.INVALID);
        Map<UUID, Live> live = new HashMap<>();
        jdbc.sql("""
                select id, person_id, status, created_at from work_allocation
                where programme_id = :g and status in ('ACTIVE', 'SUSPENDED', 'SUSPENDED_WITH_PAY')""")
                .param("g", g.id()).query(Live.class).list().forEach(a -> live.put(a.personId(), a));
        Set<UUID> recorded = new HashSet<>(jdbc.sql("""
                select allocation_id from work_attendance where programme_id = :g and session_date = :d""")
                .param("g", g.id()).param("d", date).query(UUID.class).list());
        Set<UUID> seen = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Requests.Mark m = marks.get(i);
            String f = "records[" + i + "]";
            Live a = m.personId() == null ? null : live.get(m.personId());
            if (m.personId() == null) v.reject(f + ".personId", "work.PERSON_REQUIRED");
            else if (a == null || settings.dateOf(a.createdAt()).isAfter(date)) {
                v.reject(f + ".personId", "work.NOT_ALLOCATED");
            } else if (!seen.add(m.personId())) v.reject(f + ".personId", "work.DUPLICATE_IN_REQUEST");
            else if (recorded.contains(a.id())) v.reject(f + ".personId", "work.ATTENDANCE_EXISTS");
            String outcome = m.outcome() == null ? "ATTENDED" : m.outcome();
            BigDecimal hours = hours(v, f, outcome, m.hours(), g.sessionHours());
            v.rejectIf(a != null && !"ACTIVE".equals(a.status()) && !"SUSPENDED".equals(outcome), f + ".outcome",
                    "work.ALLOCATION_SUSPENDED");
            if (a != null) rows.add(new Object[] {a.id(), m.personId(), outcome, hours});
        }
        v.throwIfInvalid(Scopes.INVALID);
        return write(g, date, rows, caller);
    }

    /** Checks an outcome and its hours; the hours to store (the session length when attended without hours). */
    static BigDecimal hours(Validation v, String f, String outcome, BigDecimal hours, BigDecimal session) {
        v.rejectIf(!Scopes.in(OUTCOMES, outcome), f + ".outcome", "work.OUTCOME_INVALID");
        boolean attended = "ATTENDED".equals(outcome);
        BigDecimal h = hours == null ? (attended ? session : BigDecimal.ZERO) : hours;
        if (h.signum() < 0) v.reject(f + ".hours", "work.HOURS_NEGATIVE");
        else if (h.compareTo(session) > 0) v.reject(f + ".hours", "work.HOURS_ABOVE_SESSION", session.stripTrailingZeros().toPlainString());
        else if (!attended && h.signum() > 0) v.reject(f + ".hours", "work.HOURS_ONLY_WHEN_ATTENDED");
        else if (h.scale() > 2) v.reject(f + ".hours", "work.HOURS_PRECISION");
        return h;
    }

    private List<UUID> write(ProgrammeService.Programme g, LocalDate date, List<Object[]> rows, CurrentUser caller) {
        int n = rows.size();
        UUID[] ids = new UUID[n];
        UUID[] allocations = new UUID[n];
        UUID[] persons = new UUID[n];
        String[] outcomes = new String[n];
        String[] hours = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = UUID.randomUUID();
            allocations[i] = (UUID) rows.get(i)[0];
            persons[i] = (UUID) rows.get(i)[1];
            outcomes[i] = (String) rows.get(i)[2];
            hours[i] = ((BigDecimal) rows.get(i)[3]).toPlainString();
        }
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        try {
            jdbc.sql("""
                    insert into work_attendance(id, allocation_id, person_id, programme_id, session_date, outcome, hours,
                      revision, recorded_by, recorded_at)
                    select id, a, p, :g, :d, o, h, 1, :by, :at
                    from unnest(:ids::uuid[], :as::uuid[], :ps::uuid[], :os::text[], :hs::numeric[]) as r(id, a, p, o, h)""")
                    .param("g", g.id()).param("d", date).param("by", actor).param("at", at).param("ids", ids)
                    .param("as", allocations).param("ps", persons).param("os", outcomes).param("hs", hours).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("work.attendance-exists", FieldProblem.of("records", "work.ATTENDANCE_EXISTS"));
        }
        jdbc.sql("""
                insert into work_attendance_rev(record_id, revision, outcome, hours, recorded_by, recorded_at)
                select id, 1, o, h, :by, :at from unnest(:ids::uuid[], :os::text[], :hs::numeric[]) as r(id, o, h)""")
                .param("by", actor).param("at", at).param("ids", ids).param("os", outcomes).param("hs", hours).update();
        List<CustodyEvent> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            batch.add(new AttendanceRecorded(UUID.randomUUID(), persons[i], ids[i], allocations[i], date, outcomes[i],
                    new BigDecimal(hours[i]).stripTrailingZeros().toPlainString(), g.facilityCode(), actor, at));
        }
        events.publishEvent(new CustodyEventBatch(batch));
        return List.of(ids);
    }
}
