package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.custos.sentencing.CreditEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sentencing's {@link CreditEvidence}: per approved certification and programme, the days it credited and the
 * month's attendance behind them, in one query (a person has a few certifications, each of one month).
 */
@Component
class CertifiedEvidence implements CreditEvidence {

    /** The outcomes that are an absence from a session the person was expected at. */
    static final String ABSENCES = "('SICK', 'REFUSED', 'CLASH', 'OTHER')";

    private final JdbcClient jdbc;

    CertifiedEvidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String month, String programmeCode, String programmeName, String kind, int daysCredited, int daysReversed,
               int daysAttended, BigDecimal hoursAttended, int absences, String constancia, OffsetDateTime certifiedAt) {
    }

    @Override
    public List<CertifiedMonth> certifiedMonths(UUID personId) {
        return jdbc.sql("""
                select c.month, g.code programme_code, g.name programme_name, g.redencion_rule kind,
                       count(*) filter (where k.status = 'APPROVED') days_credited,
                       count(*) filter (where k.status = 'REVERSED') days_reversed,
                       a.attended days_attended, a.hours hours_attended, a.absences, c.constancia,
                       c.recorded_at certified_at
                from work_certification c
                join work_credit k on k.decision_id = c.id
                join work_programme g on g.id = k.programme_id
                cross join lateral (
                    select count(*) filter (where w.outcome = 'ATTENDED') attended,
                           coalesce(sum(w.hours) filter (where w.outcome = 'ATTENDED'), 0) hours,
                           count(*) filter (where w.outcome in %s) absences
                    from work_attendance w
                    where w.person_id = c.person_id and w.programme_id = g.id
                      and w.session_date >= to_date(c.month, 'YYYY-MM')
                      and w.session_date < to_date(c.month, 'YYYY-MM') + interval '1 month') a
                where c.person_id = :p and c.decision = 'APPROVED'
                group by c.id, c.month, c.constancia, c.recorded_at, g.id, g.code, g.name, g.redencion_rule,
                         a.attended, a.hours, a.absences
                order by c.month desc, c.recorded_at desc, g.code""".formatted(ABSENCES))
                .param("p", personId).query(Row.class).list().stream()
                .map(r -> new CertifiedMonth(YearMonth.parse(r.month()), r.programmeCode(), r.programmeName(), r.kind(),
                        r.daysCredited(), r.daysReversed(), r.daysAttended(), r.hoursAttended(), r.absences(),
                        r.constancia(), r.certifiedAt())).toList();
    }
}
