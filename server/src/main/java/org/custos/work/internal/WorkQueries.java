package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads for the API and the pages (the caller's scope is checked by the programme first). */
@Component
public class WorkQueries {

    public record AllocationLine(UUID id, UUID personId, String bookingNumber, String status, String creditBasis,
                                 OffsetDateTime createdAt) {
    }

    /** A row of a session's roster: the live allocation and, once recorded, its attendance record. */
    public record RosterLine(UUID allocationId, UUID personId, String bookingNumber, String status, UUID recordId,
                             String outcome, BigDecimal hours, Integer revision) {
    }

    public record Revision(int revision, String outcome, BigDecimal hours, String reason, String secondPerson,
                           String recordedBy, OffsetDateTime recordedAt) {
    }

    public record StatusLine(String status, String reason, String changedBy, OffsetDateTime changedAt) {
    }

    private final JdbcClient jdbc;

    WorkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AllocationLine> allocations(UUID programmeId) {
        return jdbc.sql("""
                select a.id, a.person_id, p.booking_number, a.status, a.credit_basis, a.created_at
                from work_allocation a left join work_person p on p.person_id = a.person_id
                where a.programme_id = :g order by a.status = 'ENDED', p.booking_number""")
                .param("g", programmeId).query(AllocationLine.class).list();
    }

    public List<RosterLine> roster(UUID programmeId, LocalDate date) {
        return jdbc.sql("""
                select a.id allocation_id, a.person_id, p.booking_number, a.status, t.id record_id, t.outcome, t.hours,
                       t.revision
                from work_allocation a left join work_person p on p.person_id = a.person_id
                left join work_attendance t on t.allocation_id = a.id and t.session_date = :d
                where a.programme_id = :g and (a.status in ('ACTIVE', 'SUSPENDED', 'SUSPENDED_WITH_PAY') or t.id is not null)
                order by p.booking_number""")
                .param("g", programmeId).param("d", date).query(RosterLine.class).list();
    }

    public List<Revision> history(UUID recordId) {
        return jdbc.sql("""
                select revision, outcome, hours, reason, second_person, recorded_by, recorded_at from work_attendance_rev
                where record_id = :id order by revision""").param("id", recordId).query(Revision.class).list();
    }

    public List<StatusLine> statuses(UUID allocationId) {
        return jdbc.sql("""
                select status, reason, changed_by, changed_at from work_allocation_status
                where allocation_id = :id order by changed_at, id""").param("id", allocationId).query(StatusLine.class).list();
    }

    /** The programme of an attendance record, or null. */
    public UUID programmeOfRecord(UUID recordId) {
        return jdbc.sql("select programme_id from work_attendance where id = :id").param("id", recordId)
                .query(UUID.class).optional().orElse(null);
    }

    public UUID programmeOfAllocation(UUID allocationId) {
        return jdbc.sql("select programme_id from work_allocation where id = :id").param("id", allocationId)
                .query(UUID.class).optional().orElse(null);
    }
}
