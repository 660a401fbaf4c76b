package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's report of the programme, per programme, per facility and national: persons allocated (active or
 * suspended at some moment of the month), persons attending (at least one session attended), the attendance rate
 * (sessions attended over sessions the person was expected at: attended, sick, refused, clash, other), hours
 * attended, days credited (approved by the judge, of days in the month), pay credited (net of the month's
 * statements) and production against target. One query for the three levels (grouping sets), one for the
 * production ({@link ProductionService#month}); nothing is read per person.
 */
@Service
public class WorkReports {

    /** One row: a programme (programmeId set), a facility (facilityCode set) or the country (both null). */
    public record Line(String facilityCode, UUID programmeId, String code, String name, long programmes, long allocated,
                       long attending, long attendedSessions, long expectedSessions, BigDecimal hours, long daysCredited,
                       BigDecimal payCredited, Long target, Long good, Integer productionPercent, int workshops,
                       int workshopsAtTarget) {

        /** Sessions attended over sessions expected, in whole percent; null when nobody was expected. */
        public Integer attendanceRate() {
            return expectedSessions == 0 ? null : (int) Math.round(100.0 * attendedSessions / expectedSessions);
        }
    }

    /** The report of a month: its programmes (those with any figure), facilities and the national total. */
    public record Report(YearMonth month, String facility, List<Line> programmes, List<Line> facilities, Line total,
                         List<ProductionService.Line> production) {
    }

    record Row(String facilityCode, UUID programmeId, String code, String name, int level, long programmes, long allocated,
               long attending, long attendedSessions, long expectedSessions, BigDecimal hours, long daysCredited,
               BigDecimal payCredited) {
    }

    private final JdbcClient jdbc;
    private final ProductionService production;
    private final WorkSettings settings;

    WorkReports(JdbcClient jdbc, ProductionService production, WorkSettings settings) {
        this.jdbc = jdbc;
        this.production = production;
        this.settings = settings;
    }

    /**
     * The month's report of what the caller sees ({@code facility} if given: 404 outside the caller's scope). The
     * query aggregates a month of attendance (about a million rows on the demo) in memory: 32 MB of work memory for
     * this transaction only, instead of sorting and hashing through temporary files.
     */
    @Transactional(readOnly = true)
    public Report month(YearMonth m, String facility, CurrentUser caller) {
        if (facility != null) Scopes.require(caller, facility);
        jdbc.sql("set local work_mem = '32MB'").update();
        List<Row> rows = jdbc.sql(ReportSql.QUERY.formatted(CertifiedEvidence.ABSENCES))
                .param("facility", facility).param("national", caller.national())
                .param("facilities", caller.facilities().toArray(String[]::new))
                .param("from", m.atDay(1)).param("to", m.atEndOfMonth())
                .param("start", settings.startOf(m.atDay(1))).param("end", settings.startOf(m.plusMonths(1).atDay(1)))
                .param("month", m.toString()).query(Row.class).list();
        Map<UUID, ProductionService.Line> made = new HashMap<>();
        List<ProductionService.Line> lines = production.month(m, facility, caller);
        for (ProductionService.Line l : lines) made.put(l.programmeId(), l);
        List<Line> programmes = new ArrayList<>();
        List<Line> facilities = new ArrayList<>();
        Line total = null;
        for (Row r : rows) {
            if (r.level() == 0) {
                ProductionService.Line p = made.get(r.programmeId());
                if (p == null && r.allocated() == 0 && r.expectedSessions() == 0 && r.daysCredited() == 0
                        && r.payCredited().signum() == 0) continue;
                programmes.add(line(r, p == null ? null : p.target(), p == null ? null : p.good(),
                        p == null ? null : p.percent(), p == null || p.percent() == null ? 0 : 1,
                        p != null && p.percent() != null && p.percent() >= 100 ? 1 : 0));
            } else {
                int workshops = 0;
                int met = 0;
                for (ProductionService.Line p : lines) {
                    if (p.percent() == null || (r.level() == 1 && !p.facilityCode().equals(r.facilityCode()))) continue;
                    workshops++;
                    if (p.percent() >= 100) met++;
                }
                Line l = line(r, null, null, null, workshops, met);
                if (r.level() == 1) facilities.add(l);
                else total = l;
            }
        }
        return new Report(m, facility, programmes, facilities, total, lines);
    }

    private static Line line(Row r, Long target, Long good, Integer percent, int workshops, int met) {
        return new Line(r.facilityCode(), r.programmeId(), r.code(), r.name(), r.programmes(), r.allocated(), r.attending(),
                r.attendedSessions(), r.expectedSessions(), r.hours(), r.daysCredited(), r.payCredited(), target, good,
                percent, workshops, met);
    }
}
