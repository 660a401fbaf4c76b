package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.custos.work.EarningsCredited;
import org.custos.work.PayBonusAwarded;
import org.custos.work.PayRateSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay: rates with their history (the programme's own rate from its creation, then each new rate from its day),
 * bonuses, and a finished month's earnings computed from attendance by {@link PayCalculation} and credited to
 * each person's account — the net and every deduction ({@code custos.work.pay.deductions}, default savings
 * handed over at release, Mandela Rule 103(3)) as entries. An unpaid programme (art. 109) is refused.
 */
@Service
public class PayService {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    /** A credited statement as shown. */
    public record Statement(UUID id, UUID personId, String bookingNumber, String month, String payBand, int sessions,
                            BigDecimal hours, BigDecimal base, BigDecimal pieces, BigDecimal bonuses, BigDecimal gross,
                            BigDecimal deductions, BigDecimal net, OffsetDateTime computedAt) {
    }

    public record Entry(UUID statementId, String programmeCode, String month, String kind, BigDecimal amount,
                        LocalDate entryDate) {
    }

    public record RateLine(LocalDate validFrom, String payBand, BigDecimal perSession, BigDecimal pieceRate, String reason,
                           String createdBy) {
    }

    record Att(UUID allocationId, UUID personId, LocalDate sessionDate, String outcome, BigDecimal hours) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final WorkCreditService credits;
    private final Bounds bounds;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;
    private final List<PayCalculation.Deduction> deductions;

    PayService(JdbcClient jdbc, ProgrammeService programmes, WorkCreditService credits, Bounds bounds,
               WorkSettings settings, ApplicationEventPublisher events,
               @Value("${custos.work.pay.deductions:SAVINGS:10}") List<String> deductions) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.credits = credits;
        this.bounds = bounds;
        this.settings = settings;
        this.events = events;
        this.deductions = deductions.stream().map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            String[] p = s.split(":");
            return new PayCalculation.Deduction(p[0].trim(), new BigDecimal(p[1].trim()));
        }).toList();
    }

    public List<PayCalculation.Deduction> deductions() {
        return deductions;
    }

    @Transactional
    public UUID setRate(UUID programmeId, Requests.PayRate r, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        Validation v = new Validation();
        v.rejectIf(!g.paid(), "programmeId", "work.PROGRAMME_UNPAID");
        v.rejectIf(r.perSession() == null && r.pieceRate() == null, "perSession", "work.RATE_REQUIRED");
        amount(v, "perSession", r.perSession(), 2);
        amount(v, "pieceRate", r.pieceRate(), 4);
        v.rejectIf(r.validFrom() == null, "validFrom", "work.VALID_FROM_REQUIRED");
        bounds.date(v, "validFrom", r.validFrom(), Bounds.Kind.FAR_FUTURE); // a rate may apply from a past day
        Bounds.text(v, "payBand", r.payBand(), 40);
        Bounds.text(v, "reason", r.reason(), 500);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        jdbc.sql("""
                insert into work_pay_rate(id, programme_id, pay_band, per_session, piece_rate, valid_from, reason, created_by,
                  created_at) values (:id, :g, :band, :ps, :pr, :from, :reason, :by, :at)""")
                .param("id", id).param("g", g.id()).param("band", Scopes.trim(r.payBand())).param("ps", r.perSession())
                .param("pr", r.pieceRate()).param("from", r.validFrom()).param("reason", Scopes.trim(r.reason()))
                .param("by", actor).param("at", at).update();
        events.publishEvent(new PayRateSet(UUID.randomUUID(), g.id(), id, Scopes.trim(r.payBand()), plain(r.perSession()),
                plain(r.pieceRate()), r.validFrom(), g.facilityCode(), actor, at));
        return id;
    }

    @Transactional
    public UUID award(UUID programmeId, Requests.PayBonus b, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        Validation v = new Validation();
        v.rejectIf(!g.paid(), "programmeId", "work.PROGRAMME_UNPAID");
        YearMonth m = credits.month(b.month(), "month");
        v.rejectIf(b.personId() == null || !allocated(g.id(), b.personId()), "personId", "work.NOT_ALLOCATED");
        v.rejectIf(b.amount() == null || b.amount().signum() <= 0, "amount", "work.AMOUNT_INVALID");
        amount(v, "amount", b.amount(), 2);
        v.rejectIf(Scopes.blank(b.reason()), "reason", "work.BONUS_REASON_REQUIRED");
        Bounds.text(v, "reason", b.reason(), 500);
        v.rejectIf(b.personId() != null && statementExists(g.id(), b.personId(), m), "month", "work.MONTH_ALREADY_CREDITED");
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        jdbc.sql("""
                insert into work_pay_bonus(id, person_id, programme_id, month, amount, reason, created_by, created_at)
                values (:id, :p, :g, :m, :a, :r, :by, :at)""").param("id", id).param("p", b.personId()).param("g", g.id())
                .param("m", m.toString()).param("a", b.amount()).param("r", b.reason().trim()).param("by", actor)
                .param("at", at).update();
        events.publishEvent(new PayBonusAwarded(UUID.randomUUID(), b.personId(), id, g.id(), m.toString(),
                b.amount().toPlainString(), b.reason().trim(), g.facilityCode(), actor, at));
        return id;
    }

    /**
     * Computes and credits a finished month's earnings of every allocation with attendance in it that has no
     * statement yet (one statement per allocation and month); returns how many were credited.
     */
    @Transactional
    public int credit(UUID programmeId, String month, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        YearMonth m = credits.month(month, "month");
        Validation v = new Validation();
        v.rejectIf(!g.paid(), "programmeId", "work.PROGRAMME_UNPAID");
        v.rejectIf(!m.isBefore(YearMonth.from(settings.today())), "month", "work.MONTH_NOT_ENDED");
        v.throwIfInvalid(Scopes.INVALID);
        jdbc.sql("select 1 from work_programme where id = :id for update").param("id", g.id()).query(Integer.class).single();
        List<PayCalculation.Rate> rates = rates(g);
        Map<LocalDate, long[]> sessions = new HashMap<>(); // good units, attendees
        jdbc.sql("""
                select session_date, sum(quantity - rejects) from work_production
                where programme_id = :g and session_date between :from and :to group by session_date""")
                .param("g", g.id()).param("from", m.atDay(1)).param("to", m.atEndOfMonth())
                .query((rs, n) -> sessions.put(rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), 0})).list();
        jdbc.sql("""
                select session_date, count(*) from work_attendance where programme_id = :g and outcome = 'ATTENDED'
                  and session_date between :from and :to group by session_date""")
                .param("g", g.id()).param("from", m.atDay(1)).param("to", m.atEndOfMonth())
                .query((rs, n) -> sessions.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new long[2])[1] = rs.getLong(2))
                .list();
        Map<UUID, List<Att>> byAllocation = new LinkedHashMap<>();
        jdbc.sql("""
                select t.allocation_id, t.person_id, t.session_date, t.outcome, t.hours from work_attendance t
                where t.programme_id = :g and t.session_date between :from and :to
                  and not exists (select 1 from work_pay_statement s where s.allocation_id = t.allocation_id and s.month = :m)
                order by t.allocation_id, t.session_date""")
                .param("g", g.id()).param("from", m.atDay(1)).param("to", m.atEndOfMonth()).param("m", m.toString())
                .query(Att.class).list().forEach(a -> byAllocation.computeIfAbsent(a.allocationId(), k -> new ArrayList<>()).add(a));
        Map<UUID, List<PayCalculation.Bonus>> bonuses = new HashMap<>();
        jdbc.sql("select person_id, reason, amount from work_pay_bonus where programme_id = :g and month = :m")
                .param("g", g.id()).param("m", m.toString())
                .query((rs, n) -> bonuses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new PayCalculation.Bonus(rs.getString(2), rs.getBigDecimal(3)))).list();
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        List<CustodyEvent> batch = new ArrayList<>();
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (List<Att> atts : byAllocation.values()) {
            Att first = atts.get(0);
            List<PayCalculation.Session> in = atts.stream().map(a -> {
                long[] s = sessions.getOrDefault(a.sessionDate(), new long[2]);
                return new PayCalculation.Session(a.sessionDate(), a.outcome(), a.hours(), g.sessionHours(), s[0], (int) s[1]);
            }).toList();
            PayCalculation.Result r = PayCalculation.compute(true, g.payBand(), rates, in,
                    bonuses.getOrDefault(first.personId(), List.of()), deductions);
            UUID id = UUID.randomUUID();
            BigDecimal taken = r.gross().subtract(r.net());
            statements.add(new Object[] {id, first.personId(), first.allocationId(), r.sessionsPaid(), r.hours(), r.base(),
                    r.pieces(), r.bonuses(), r.gross(), taken, r.net()});
            entries.add(new Object[] {id, first.personId(), "NET", r.net()});
            for (PayCalculation.Line l : r.deductions()) entries.add(new Object[] {id, first.personId(), l.code(), l.amount()});
            batch.add(new EarningsCredited(UUID.randomUUID(), first.personId(), id, g.id(), m.toString(),
                    r.gross().toPlainString(), taken.toPlainString(), r.net().toPlainString(), g.facilityCode(), actor, at));
        }
        if (statements.isEmpty()) return 0;
        writeStatements(g, m, statements, entries, actor, at);
        events.publishEvent(new CustodyEventBatch(batch));
        return statements.size();
    }

    private void writeStatements(ProgrammeService.Programme g, YearMonth m, List<Object[]> statements, List<Object[]> entries,
                                 String actor, OffsetDateTime at) {
        int n = statements.size();
        Object[][] c = new Object[11][n];
        for (int i = 0; i < n; i++) for (int k = 0; k < 11; k++) c[k][i] = statements.get(i)[k];
        jdbc.sql("""
                insert into work_pay_statement(id, person_id, programme_id, allocation_id, month, pay_band, sessions, hours,
                  base, pieces, bonuses, gross, deductions, net, computed_by, computed_at)
                select id, p, :g, a, :m, :band, s, h, b, pc, bo, gr, d, ne, :by, :at
                from unnest(:ids::uuid[], :ps::uuid[], :as::uuid[], :ss::int[], :hs::numeric[], :bs::numeric[], :pcs::numeric[],
                            :bos::numeric[], :grs::numeric[], :ds::numeric[], :nes::numeric[])
                  as r(id, p, a, s, h, b, pc, bo, gr, d, ne)""")
                .param("g", g.id()).param("m", m.toString()).param("band", g.payBand()).param("by", actor).param("at", at)
                .param("ids", java.util.Arrays.copyOf(c[0], n, UUID[].class))
                .param("ps", java.util.Arrays.copyOf(c[1], n, UUID[].class))
                .param("as", java.util.Arrays.copyOf(c[2], n, UUID[].class))
                .param("ss", java.util.Arrays.copyOf(c[3], n, Integer[].class))
                .param("hs", text(c[4])).param("bs", text(c[5])).param("pcs", text(c[6])).param("bos", text(c[7]))
                .param("grs", text(c[8])).param("ds", text(c[9])).param("nes", text(c[10])).update();
        int e = entries.size();
        UUID[] ids = new UUID[e];
        UUID[] statementIds = new UUID[e];
        UUID[] persons = new UUID[e];
        String[] kinds = new String[e];
        String[] amounts = new String[e];
        for (int i = 0; i < e; i++) {
            ids[i] = UUID.randomUUID();
            statementIds[i] = (UUID) entries.get(i)[0];
            persons[i] = (UUID) entries.get(i)[1];
            kinds[i] = (String) entries.get(i)[2];
            amounts[i] = ((BigDecimal) entries.get(i)[3]).toPlainString();
        }
        jdbc.sql("""
                insert into work_account_entry(id, person_id, statement_id, kind, amount, entry_date, recorded_by, recorded_at)
                select id, p, s, k, a::numeric, :d, :by, :at
                from unnest(:ids::uuid[], :ps::uuid[], :ss::uuid[], :ks::text[], :as::text[]) as r(id, p, s, k, a)""")
                .param("d", settings.today()).param("by", actor).param("at", at).param("ids", ids).param("ps", persons)
                .param("ss", statementIds).param("ks", kinds).param("as", amounts).update();
    }

    public List<Statement> statements(UUID programmeId, YearMonth m, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        return jdbc.sql("""
                select s.id, s.person_id, p.booking_number, s.month, s.pay_band, s.sessions, s.hours, s.base, s.pieces,
                       s.bonuses, s.gross, s.deductions, s.net, s.computed_at
                from work_pay_statement s left join work_person p on p.person_id = s.person_id
                where s.programme_id = :g and s.month = :m order by p.booking_number""")
                .param("g", g.id()).param("m", m.toString()).query(Statement.class).list();
    }

    /** Every entry of the statements listed (the net and each deduction), by statement. */
    public Map<UUID, List<Entry>> entries(List<Statement> statements) {
        Map<UUID, List<Entry>> out = new LinkedHashMap<>();
        if (statements.isEmpty()) return out;
        jdbc.sql("""
                select e.statement_id, g.code programme_code, s.month, e.kind, e.amount, e.entry_date
                from work_account_entry e join work_pay_statement s on s.id = e.statement_id
                join work_programme g on g.id = s.programme_id
                where e.statement_id = any(:ids) order by e.statement_id, e.kind = 'NET' desc, e.kind""")
                .param("ids", statements.stream().map(Statement::id).toArray(UUID[]::new)).query(Entry.class).list()
                .forEach(x -> out.computeIfAbsent(x.statementId(), k -> new ArrayList<>()).add(x));
        return out;
    }

    /** The person's account: every entry credited from work, newest first (the caller's scope checked by the caller). */
    public List<Entry> account(UUID personId) {
        return jdbc.sql("""
                select e.statement_id, g.code programme_code, s.month, e.kind, e.amount, e.entry_date
                from work_account_entry e join work_pay_statement s on s.id = e.statement_id
                join work_programme g on g.id = s.programme_id
                where e.person_id = :p order by e.entry_date desc, s.month desc, e.kind = 'NET' desc, e.kind""")
                .param("p", personId).query(Entry.class).list();
    }

    public List<RateLine> rateHistory(UUID programmeId, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        List<RateLine> out = new ArrayList<>();
        if (g.payRate() != null) {
            out.add(new RateLine(settings.dateOf(g.createdAt()), g.payBand(), g.payRate(), null, null, g.createdBy()));
        }
        out.addAll(jdbc.sql("""
                select valid_from, pay_band, per_session, piece_rate, reason, created_by from work_pay_rate
                where programme_id = :g order by valid_from, created_at""").param("g", g.id()).query(RateLine.class).list());
        return out;
    }

    /** The programme's rates: its own rate from its creation (every band), then each rate set since. */
    private List<PayCalculation.Rate> rates(ProgrammeService.Programme g) {
        List<PayCalculation.Rate> out = new ArrayList<>();
        if (g.payRate() != null) out.add(new PayCalculation.Rate(LocalDate.MIN, null, g.payRate(), null));
        jdbc.sql("select valid_from, pay_band, per_session, piece_rate from work_pay_rate where programme_id = :g"
                + " order by valid_from, created_at").param("g", g.id())
                .query((rs, n) -> out.add(new PayCalculation.Rate(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4)))).list();
        return out;
    }

    private boolean allocated(UUID programmeId, UUID personId) {
        return jdbc.sql("select exists(select 1 from work_allocation where programme_id = :g and person_id = :p)")
                .param("g", programmeId).param("p", personId).query(Boolean.class).single();
    }

    private boolean statementExists(UUID programmeId, UUID personId, YearMonth m) {
        return jdbc.sql("select exists(select 1 from work_pay_statement where programme_id = :g and person_id = :p and month = :m)")
                .param("g", programmeId).param("p", personId).param("m", m.toString()).query(Boolean.class).single();
    }

    private static void amount(Validation v, String field, BigDecimal a, int scale) {
        if (a == null) return;
        if (a.signum() < 0 || a.compareTo(MAX_AMOUNT) > 0) v.reject(field, "work.AMOUNT_INVALID");
        else if (a.stripTrailingZeros().scale() > scale) v.reject(field, "work.AMOUNT_PRECISION", scale);
    }

    private static String plain(BigDecimal a) {
        return a == null ? null : a.toPlainString();
    }

    private static String[] text(Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) out[i] = ((BigDecimal) values[i]).toPlainString();
        return out;
    }
}
