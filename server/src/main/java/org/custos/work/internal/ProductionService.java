package org.custos.work.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.custos.work.ProductionRecorded;
import org.custos.work.ProductionTargetSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production of the workshops: targets (orders) per workshop with their history, output and rejects per session
 * or team (one record each, never changed), and production against target per workshop, day and month.
 */
@Service
public class ProductionService {

    public static final List<String> UNITS = List.of("PAIRS", "GARMENTS", "PIECES", "LOAVES", "KILOGRAMS");
    public static final List<String> PER = List.of("MONTH", "SESSION");
    static final int MAX_QUANTITY = 10_000_000;

    /** A workshop's month: target, output, rejects and the share of the target met (good units). */
    public record Line(UUID programmeId, String code, String name, String facilityCode, String product, String unit,
                       long target, long quantity, long rejects, long good, Integer percent) {
    }

    /** One day of a workshop. */
    public record Day(LocalDate date, long target, long quantity, long rejects, long good, Integer percent) {
    }

    record TargetRow(UUID programmeId, LocalDate validFrom, String per, int quantity, String product, String unit) {
    }

    record Output(UUID programmeId, LocalDate sessionDate, long quantity, long rejects) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final WorkCreditService credits;
    private final Bounds bounds;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;

    ProductionService(JdbcClient jdbc, ProgrammeService programmes, WorkCreditService credits, Bounds bounds,
                      WorkSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.credits = credits;
        this.programmes = programmes;
        this.bounds = bounds;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public UUID setTarget(UUID programmeId, Requests.ProductionTarget t, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        Validation v = new Validation();
        v.rejectIf(Scopes.blank(t.product()), "product", "work.PRODUCT_REQUIRED");
        Bounds.text(v, "product", t.product(), Bounds.NAME);
        v.rejectIf(!Scopes.in(UNITS, t.unit()), "unit", "work.UNIT_INVALID");
        v.rejectIf(!Scopes.in(PER, t.per()), "per", "work.PER_INVALID");
        v.rejectIf(t.quantity() == null || t.quantity() < 1 || t.quantity() > MAX_QUANTITY, "quantity",
                "work.QUANTITY_INVALID", MAX_QUANTITY);
        v.rejectIf(t.validFrom() == null, "validFrom", "work.VALID_FROM_REQUIRED");
        bounds.date(v, "validFrom", t.validFrom(), Bounds.Kind.FAR_FUTURE); // a target may start in the past
        Bounds.text(v, "orderRef", t.orderRef(), Bounds.CODE);
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        jdbc.sql("""
                insert into work_production_target(id, programme_id, product, unit, per, quantity, valid_from, order_ref,
                  created_by, created_at) values (:id, :g, :product, :unit, :per, :q, :from, :ref, :by, :at)""")
                .param("id", id).param("g", g.id()).param("product", t.product().trim()).param("unit", t.unit())
                .param("per", t.per()).param("q", t.quantity()).param("from", t.validFrom())
                .param("ref", Scopes.trim(t.orderRef())).param("by", actor).param("at", at).update();
        events.publishEvent(new ProductionTargetSet(UUID.randomUUID(), g.id(), id, t.product().trim(), t.unit(), t.per(),
                t.quantity(), t.validFrom(), g.facilityCode(), actor, at));
        return id;
    }

    @Transactional
    public UUID record(UUID programmeId, Requests.ProductionOutput o, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        Validation v = new Validation();
        v.rejectIf(o.date() == null, "date", "work.DATE_REQUIRED");
        v.rejectIf(o.date() != null && o.date().isAfter(settings.today()), "date", "work.DATE_IN_FUTURE");
        bounds.date(v, "date", o.date(), Bounds.Kind.PAST_FACT);
        Bounds.text(v, "team", o.team(), 40);
        v.rejectIf(o.quantity() == null || o.quantity() < 0 || o.quantity() > MAX_QUANTITY, "quantity",
                "work.QUANTITY_INVALID", MAX_QUANTITY);
        v.rejectIf(o.rejects() != null && o.rejects() < 0, "rejects", "work.REJECTS_INVALID");
        v.rejectIf(o.rejects() != null && o.quantity() != null && o.rejects() > o.quantity(), "rejects",
                "work.REJECTS_ABOVE_QUANTITY");
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        String team = o.team() == null ? "" : o.team().trim();
        int rejects = o.rejects() == null ? 0 : o.rejects();
        try {
            jdbc.sql("""
                    insert into work_production(id, programme_id, session_date, team, quantity, rejects, recorded_by, recorded_at)
                    values (:id, :g, :d, :team, :q, :r, :by, :at)""")
                    .param("id", id).param("g", g.id()).param("d", o.date()).param("team", team)
                    .param("q", o.quantity()).param("r", rejects).param("by", actor).param("at", at).update();
        } catch (DuplicateKeyException e) {
            throw ProblemException.invalid(Scopes.INVALID, FieldProblem.of("team", "work.PRODUCTION_EXISTS"));
        }
        events.publishEvent(new ProductionRecorded(UUID.randomUUID(), g.id(), id, o.date(), team, o.quantity(), rejects,
                g.facilityCode(), actor, at));
        return id;
    }

    /** A month {@code YYYY-MM}, not after the current one (else 422 on {@code month}); null: the current month. */
    public YearMonth month(String month) {
        return month == null || month.isBlank() ? YearMonth.from(settings.today()) : credits.month(month, "month");
    }

    /** Production against target of every workshop the caller sees (of {@code facility} if given) in the month. */
    public List<Line> month(YearMonth m, String facility, CurrentUser caller) {
        List<ProgrammeService.Programme> visible = programmes.list(caller).stream()
                .filter(p -> facility == null || facility.equals(p.facilityCode())).toList();
        Map<UUID, List<TargetRow>> targets = targets(m);
        Map<UUID, long[]> output = new HashMap<>();
        for (Output o : outputs(null, m)) {
            long[] sum = output.computeIfAbsent(o.programmeId(), k -> new long[2]);
            sum[0] += o.quantity();
            sum[1] += o.rejects();
        }
        List<Line> out = new ArrayList<>();
        for (ProgrammeService.Programme p : visible) {
            List<TargetRow> ts = targets.getOrDefault(p.id(), List.of());
            long[] sum = output.get(p.id());
            if (ts.isEmpty() && sum == null) continue;
            long target = ProductionTargets.month(m, p.restDay(), history(ts));
            long q = sum == null ? 0 : sum[0];
            long r = sum == null ? 0 : sum[1];
            TargetRow last = ts.isEmpty() ? null : ts.get(ts.size() - 1);
            out.add(new Line(p.id(), p.code(), p.name(), p.facilityCode(), last == null ? null : last.product(),
                    last == null ? null : last.unit(), target, q, r, q - r, percent(q - r, target)));
        }
        return out;
    }

    /** A workshop's days of the month, each against its target. */
    public List<Day> days(UUID programmeId, YearMonth m, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        Map<LocalDate, Long> daily = ProductionTargets.daily(m, g.restDay(),
                history(targets(m).getOrDefault(g.id(), List.of())));
        Map<LocalDate, long[]> output = new HashMap<>();
        for (Output o : outputs(g.id(), m)) output.put(o.sessionDate(), new long[] {o.quantity(), o.rejects()});
        List<Day> out = new ArrayList<>();
        for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
            long target = daily.getOrDefault(d, 0L);
            long[] o = output.get(d);
            if (target == 0 && o == null) continue;
            long q = o == null ? 0 : o[0];
            long r = o == null ? 0 : o[1];
            out.add(new Day(d, target, q, r, q - r, percent(q - r, target)));
        }
        return out;
    }

    private static Integer percent(long good, long target) {
        return target <= 0 ? null : (int) Math.round(100.0 * good / target);
    }

    private static List<ProductionTargets.Target> history(List<TargetRow> rows) {
        return rows.stream().map(t -> new ProductionTargets.Target(t.validFrom(), t.per(), t.quantity())).toList();
    }

    /** The targets that can be in force in the month, per programme, oldest first (same day: in the order set). */
    private Map<UUID, List<TargetRow>> targets(YearMonth m) {
        Map<UUID, List<TargetRow>> out = new HashMap<>();
        jdbc.sql("""
                select programme_id, valid_from, per, quantity, product, unit from work_production_target
                where valid_from <= :to order by programme_id, valid_from, created_at""")
                .param("to", m.atEndOfMonth()).query(TargetRow.class).list()
                .forEach(t -> out.computeIfAbsent(t.programmeId(), k -> new ArrayList<>()).add(t));
        return out;
    }

    private List<Output> outputs(UUID programmeId, YearMonth m) {
        return jdbc.sql("""
                select programme_id, session_date, sum(quantity) quantity, sum(rejects) rejects from work_production
                where session_date between :from and :to and (cast(:g as uuid) is null or programme_id = :g)
                group by programme_id, session_date""")
                .param("from", m.atDay(1)).param("to", m.atEndOfMonth()).param("g", programmeId)
                .query(Output.class).list();
    }
}
