package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Alerts over the stored dates of persons held now: release date passed (over-detention), release due
 * within N days, provisional detention past or within 30 days of its ordinary limit (with the decree
 * override shown). Facility-scoped callers see their facilities only.
 */
@Service
public class AlertQueries {

    /** Days before the ordinary provisional-detention limit at which it is flagged. */
    static final int PRETRIAL_WARNING_DAYS = 30;

    /** One alert line. {@code days}: negative = overdue by that many days. */
    public record AlertLine(String kind, UUID personId, String bookingNumber, String facilityCode, LocalDate date,
                            long days, LocalDate ordinaryLimit, LocalDate overrideLimit) {
    }

    /** The counts on the warden's first screen. */
    public record Counts(long overDetained, long dueIn30Days, long pretrialPassed) {
    }

    private final JdbcClient jdbc;
    private final Recomputer recomputer;

    AlertQueries(JdbcClient jdbc, Recomputer recomputer) {
        this.jdbc = jdbc;
        this.recomputer = recomputer;
    }

    public List<AlertLine> alerts(int withinDays, CurrentUser caller, int limit, int offset) {
        LocalDate today = recomputer.today();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("until", today.plusDays(Math.max(0, withinDays)));
        params.put("pretrialUntil", today.plusDays(PRETRIAL_WARNING_DAYS));
        params.put("limit", limit);
        params.put("offset", offset);
        String scope = scope(caller, params);
        return jdbc.sql("""
                select * from (
                  select case when r.release_date < :today then 'OVER_DETENTION' else 'RELEASE_DUE' end kind,
                         p.person_id, p.booking_number, p.facility_code, r.release_date as day,
                         null::date as ordinary, null::date as override
                    from release_dates r join sentencing_person p using (person_id)
                   where p.held and r.release_date <= :until %1$s
                  union all
                  select case when r.pretrial_limit < :today then 'PRETRIAL_PASSED' else 'PRETRIAL_APPROACHING' end,
                         p.person_id, p.booking_number, p.facility_code, r.pretrial_limit, r.pretrial_limit,
                         r.pretrial_override
                    from release_dates r join sentencing_person p using (person_id)
                   where p.held and p.legal_status in ('UNTRIED','ADMINISTRATIVE_STATE_OF_EXCEPTION')
                     and r.pretrial_limit <= :pretrialUntil %1$s) a
                order by case kind when 'OVER_DETENTION' then 0 when 'PRETRIAL_PASSED' then 1
                                   when 'RELEASE_DUE' then 2 else 3 end, day, person_id
                limit :limit offset :offset""".formatted(scope)).params(params)
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    return new AlertLine(rs.getString("kind"), rs.getObject("person_id", UUID.class),
                            rs.getString("booking_number"), rs.getString("facility_code"), day,
                            java.time.temporal.ChronoUnit.DAYS.between(today, day), rs.getObject("ordinary", LocalDate.class),
                            rs.getObject("override", LocalDate.class));
                }).list();
    }

    public Counts counts(CurrentUser caller) {
        LocalDate today = recomputer.today();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("until", today.plusDays(30));
        String scope = scope(caller, params);
        return jdbc.sql("""
                select count(*) filter (where r.release_date < :today),
                       count(*) filter (where r.release_date between :today and :until),
                       count(*) filter (where r.pretrial_limit < :today
                                        and p.legal_status in ('UNTRIED','ADMINISTRATIVE_STATE_OF_EXCEPTION'))
                  from release_dates r join sentencing_person p using (person_id) where p.held %s""".formatted(scope))
                .params(params).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    private static String scope(CurrentUser caller, Map<String, Object> params) {
        if (caller == null || caller.national()) return "";
        params.put("facilities", caller.facilities());
        return "and p.facility_code in (:facilities)";
    }
}
