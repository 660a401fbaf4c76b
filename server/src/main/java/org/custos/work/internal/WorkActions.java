package org.custos.work.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What needs the work manager's action now, within the caller's facilities: yesterday's rosters not recorded
 * (a programme with live allocations, yesterday not its rest day, and no record for it), persons with credits
 * pending the judge, and persons allocated but not attending (records in the last seven days, none attended).
 */
@Component
public class WorkActions {

    static final int LIMIT = 20;
    static final int NOT_ATTENDING_DAYS = 7;

    public record Roster(UUID programmeId, String code, String facilityCode, LocalDate date) {
    }

    public record Absent(UUID programmeId, String code, String bookingNumber, int records) {
    }

    private final JdbcClient jdbc;
    private final WorkSettings settings;

    WorkActions(JdbcClient jdbc, WorkSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    private static String[] scope(CurrentUser caller) {
        Set<String> f = caller.national() ? Set.of() : caller.facilities();
        return f.toArray(String[]::new);
    }

    public List<Roster> rostersNotRecorded(CurrentUser caller) {
        LocalDate day = settings.today().minusDays(1);
        return jdbc.sql("""
                select g.id programme_id, g.code, g.facility_code, cast(:d as date) as date from work_programme g
                where (cardinality(:f::text[]) = 0 or g.facility_code = any(:f::text[]))
                  and (g.rest_day is null or g.rest_day <> extract(isodow from cast(:d as date)))
                  and exists (select 1 from work_allocation a where a.programme_id = g.id and a.status = 'ACTIVE'
                              and a.created_at < cast(:d as date))
                  and not exists (select 1 from work_attendance t where t.programme_id = g.id and t.session_date = :d)
                order by g.facility_code, g.code limit :n""")
                .param("d", day).param("f", scope(caller)).param("n", LIMIT).query(Roster.class).list();
    }

    public long pendingCertification(CurrentUser caller) {
        return jdbc.sql("""
                select count(distinct c.person_id) from work_credit c join work_programme g on g.id = c.programme_id
                where c.status = 'PENDING' and (cardinality(:f::text[]) = 0 or g.facility_code = any(:f::text[]))""")
                .param("f", scope(caller)).query(Long.class).single();
    }

    public List<Absent> notAttending(CurrentUser caller) {
        LocalDate today = settings.today();
        return jdbc.sql("""
                select a.programme_id, g.code, p.booking_number, count(*)::int records
                from work_attendance t join work_allocation a on a.id = t.allocation_id
                join work_programme g on g.id = a.programme_id left join work_person p on p.person_id = a.person_id
                where t.session_date >= :from and t.session_date < :to and a.status = 'ACTIVE'
                  and (cardinality(:f::text[]) = 0 or a.facility_code = any(:f::text[]))
                group by a.id, a.programme_id, g.code, p.booking_number
                having count(*) filter (where t.outcome = 'ATTENDED') = 0
                order by g.code, p.booking_number limit :n""")
                .param("from", today.minusDays(NOT_ATTENDING_DAYS)).param("to", today).param("f", scope(caller))
                .param("n", LIMIT).query(Absent.class).list();
    }
}
