package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.identity.UserAccounts;
import org.custos.shared.web.Validation;
import org.custos.work.AttendanceCorrected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of attendance: a new revision with its reason (the previous ones kept in
 * {@code work_attendance_rev}); after the edit window also a second person, another user. A corrected record
 * reverses the credits it supported.
 */
@Service
public class AttendanceCorrections {

    record Current(UUID id, UUID personId, UUID programmeId, LocalDate sessionDate, String outcome, BigDecimal hours,
                   int revision) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final WorkCreditService credits;
    private final UserAccounts users;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;

    AttendanceCorrections(JdbcClient jdbc, ProgrammeService programmes, WorkCreditService credits, UserAccounts users,
                          WorkSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.credits = credits;
        this.users = users;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public int correct(UUID recordId, Requests.Correction c, CurrentUser caller) {
        Current r = jdbc.sql("""
                select id, person_id, programme_id, session_date, outcome, hours, revision from work_attendance
                where id = :id for update""").param("id", recordId).query(Current.class).optional()
                .orElseThrow(Scopes::notFound);
        ProgrammeService.Programme g = programmes.get(r.programmeId(), caller);
        Validation v = new Validation();
        String outcome = c.outcome() == null ? r.outcome() : c.outcome();
        BigDecimal hours = AttendanceService.hours(v, "record", outcome, c.hours(), g.sessionHours());
        v.rejectIf(Scopes.blank(c.reason()) || c.reason().length() > 500, "reason", "work.CORRECTION_REASON_REQUIRED");
        boolean late = r.sessionDate().plusDays(settings.editWindowDays()).isBefore(settings.today());
        String second = Scopes.trim(c.secondPerson());
        if (late) {
            v.rejectIf(second == null, "secondPerson", "work.SECOND_PERSON_REQUIRED", settings.editWindowDays());
            v.rejectIf(second != null && (second.equals(Scopes.actor(caller)) || users.find(second).isEmpty()),
                    "secondPerson", "work.SECOND_PERSON_INVALID");
        }
        v.throwIfInvalid(Scopes.INVALID);
        int revision = r.revision() + 1;
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        jdbc.sql("""
                update work_attendance set outcome = :o, hours = :h, revision = :rev, recorded_by = :by, recorded_at = :at
                where id = :id""").param("o", outcome).param("h", hours).param("rev", revision).param("by", actor)
                .param("at", at).param("id", recordId).update();
        jdbc.sql("""
                insert into work_attendance_rev(record_id, revision, outcome, hours, reason, second_person, recorded_by, recorded_at)
                values (:id, :rev, :o, :h, :r, :s, :by, :at)""").param("id", recordId).param("rev", revision)
                .param("o", outcome).param("h", hours).param("r", c.reason().trim()).param("s", late ? second : null)
                .param("by", actor).param("at", at).update();
        events.publishEvent(new AttendanceCorrected(UUID.randomUUID(), r.personId(), recordId, revision, outcome,
                hours.stripTrailingZeros().toPlainString(), c.reason().trim(), late ? second : null, g.facilityCode(), actor, at));
        credits.reverseFor(recordId, r.personId(), g.facilityCode(), "attendance corrected: " + c.reason().trim(), caller);
        return revision;
    }
}
