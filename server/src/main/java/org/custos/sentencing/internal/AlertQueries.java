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

    /** The kinds of alert, most urgent first (the order of the list and of its tabs). */
    public enum Kind {
        OVER_DETENTION, PRETRIAL_PASSED, RELEASE_DUE, PRETRIAL_APPROACHING
    }

    /** Alerts of every kind, most urgent kind first. */
    public List<AlertLine> alerts(int withinDays, CurrentUser caller, int limit, int offset) {
        return alerts(null, withinDays, caller, limit, offset);
    }

    /**
     * The alerts of one kind (null: every kind, most urgent first), by date then person; {@code withinDays} bounds
     * {@link Kind#RELEASE_DUE} only.
     */
    public List<AlertLine> alerts(Kind kind, int withinDays, CurrentUser caller, int limit, int offset) {
        LocalDate today = recomputer.today();
        Map<String, Object> params = params(today, withinDays);
        params.put("limit", limit);
        params.put("offset", offset);
        String scope = scope(caller, params);
        String union = java.util.Arrays.stream(Kind.values()).filter(k -> kind == null || k == kind)
                .map(k -> select(k, scope)).collect(java.util.stream.Collectors.joining("\n  union all\n"));
        return jdbc.sql("""
                select * from (
                %s) a
                order by case kind when 'OVER_DETENTION' then 0 when 'PRETRIAL_PASSED' then 1
                                   when 'RELEASE_DUE' then 2 else 3 end, day, person_id
                limit :limit offset :offset""".formatted(union)).params(params)
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    return new AlertLine(rs.getString("kind"), rs.getObject("person_id", UUID.class),
                            rs.getString("booking_number"), rs.getString("facility_code"), day,
                            java.time.temporal.ChronoUnit.DAYS.between(today, day), rs.getObject("ordinary", LocalDate.class),
                            rs.getObject("override", LocalDate.class));
                }).list();
    }

    /** How many alerts of each kind the caller may see ({@code withinDays} bounds {@link Kind#RELEASE_DUE}). */
    public Map<Kind, Long> countsByKind(int withinDays, CurrentUser caller) {
        Map<String, Object> params = params(recomputer.today(), withinDays);
        String scope = scope(caller, params);
        StringBuilder columns = new StringBuilder();
        for (Kind k : Kind.values()) {
            columns.append(columns.isEmpty() ? "" : ", ").append("count(*) filter (where ").append(condition(k)).append(')');
        }
        return jdbc.sql("select " + columns + " from release_dates r join sentencing_person p using (person_id) where p.held "
                + scope).params(params).query((rs, n) -> {
                    Map<Kind, Long> counts = new java.util.EnumMap<>(Kind.class);
                    for (Kind k : Kind.values()) {
                        counts.put(k, rs.getLong(k.ordinal() + 1));
                    }
                    return counts;
                }).single();
    }

    private static Map<String, Object> params(LocalDate today, int withinDays) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("until", today.plusDays(Math.max(0, withinDays)));
        params.put("pretrialUntil", today.plusDays(PRETRIAL_WARNING_DAYS));
        return params;
    }

    private static final String PRETRIAL = "p.legal_status in ('UNTRIED','ADMINISTRATIVE_STATE_OF_EXCEPTION')";

    private static String condition(Kind kind) {
        return switch (kind) {
            case OVER_DETENTION -> "r.release_date < :today";
            case RELEASE_DUE -> "r.release_date between :today and :until";
            case PRETRIAL_PASSED -> PRETRIAL + " and r.pretrial_limit < :today";
            case PRETRIAL_APPROACHING -> PRETRIAL + " and r.pretrial_limit between :today and :pretrialUntil";
        };
    }

    private static String select(Kind kind, String scope) {
        boolean pretrial = kind == Kind.PRETRIAL_PASSED || kind == Kind.PRETRIAL_APPROACHING;
        return """
                  select '%s' kind, p.person_id, p.booking_number, p.facility_code, %s as day, %s as ordinary, %s as override
                    from release_dates r join sentencing_person p using (person_id)
                   where p.held and %s %s""".formatted(kind.name(), pretrial ? "r.pretrial_limit" : "r.release_date",
                pretrial ? "r.pretrial_limit" : "null::date", pretrial ? "r.pretrial_override" : "null::date",
                condition(kind), scope);
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
