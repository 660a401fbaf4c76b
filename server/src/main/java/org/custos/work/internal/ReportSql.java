package org.custos.work.internal;

/**
 * The report's one query. Each table gives one row per (programme, person) of the month — allocations live at some
 * moment of it (from the status history), attendance, approved credits, pay statements — and the grouping sets add
 * them up per programme (level 0), per facility (1) and for the country (2), counting each person once per level.
 */
final class ReportSql {

    private ReportSql() {
    }

    static final String QUERY = """
            with scope as (
                select id, code, name, facility_code from work_programme
                where (cast(:facility as text) is null or facility_code = :facility)
                  and (:national or facility_code = any(:facilities))
            ),
            history as (
                select s.allocation_id, s.status, s.changed_at,
                       lead(s.changed_at) over (partition by s.allocation_id order by s.changed_at, s.id) until
                from work_allocation_status s
                join work_allocation a on a.id = s.allocation_id
                where a.programme_id in (select id from scope) and a.created_at < :end
            ),
            facts as (
                select a.programme_id, a.person_id, 1 allocated, 0 attended, 0 expected, 0::numeric hours, 0 credited,
                       0::numeric pay
                from work_allocation a
                where a.id in (select h.allocation_id from history h
                               where h.status in ('ACTIVE', 'SUSPENDED', 'SUSPENDED_WITH_PAY')
                                 and h.changed_at < :end and (h.until is null or h.until > :start))
                union all
                select a.programme_id, a.person_id, 0, x.attended, x.expected, x.hours, 0, 0
                from (select w.allocation_id, count(*) filter (where w.outcome = 'ATTENDED') attended,
                             count(*) filter (where w.outcome = 'ATTENDED' or w.outcome in %s) expected,
                             coalesce(sum(w.hours) filter (where w.outcome = 'ATTENDED'), 0) hours
                      from work_attendance w where w.session_date between :from and :to
                      group by w.allocation_id) x
                join work_allocation a on a.id = x.allocation_id
                where x.expected > 0 and a.programme_id in (select id from scope)
                union all
                select k.programme_id, k.person_id, 0, 0, 0, 0, count(*), 0
                from work_credit k
                where k.status = 'APPROVED' and k.credit_day between :from and :to
                  and k.programme_id in (select id from scope)
                group by k.programme_id, k.person_id
                union all
                select t.programme_id, t.person_id, 0, 0, 0, 0, 0, sum(t.net)
                from work_pay_statement t
                where t.month = :month and t.programme_id in (select id from scope)
                group by t.programme_id, t.person_id
            ),
            totals as (
                select g.facility_code, g.id programme_id, grouping(g.facility_code) + grouping(g.id) level,
                       count(distinct g.id) programmes,
                       count(distinct f.person_id) filter (where f.allocated > 0) allocated,
                       count(distinct f.person_id) filter (where f.attended > 0) attending,
                       coalesce(sum(f.attended), 0) attended_sessions, coalesce(sum(f.expected), 0) expected_sessions,
                       coalesce(sum(f.hours), 0) hours, coalesce(sum(f.credited), 0) days_credited,
                       coalesce(sum(f.pay), 0) pay_credited
                from scope g left join facts f on f.programme_id = g.id
                group by grouping sets ((g.facility_code, g.id), (g.facility_code), ())
            )
            select t.facility_code, t.programme_id, p.code, p.name, t.level, t.programmes, t.allocated, t.attending,
                   t.attended_sessions, t.expected_sessions, t.hours, t.days_credited, t.pay_credited
            from totals t left join scope p on p.id = t.programme_id
            order by t.level, t.facility_code, p.code""";
}
