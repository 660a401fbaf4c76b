package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.sentencing.WorkCredits;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.web.Validation;
import org.custos.work.WorkCreditsDerived;
import org.custos.work.WorkCreditsOffered;
import org.custos.work.WorkCreditsReversed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits derived from attendance, never typed: {@link #derive} runs {@link CreditDerivation} over each
 * allocation's records of a month and keeps each day of labor efectiva with the records it comes from,
 * PENDING the judge (work done while untried: AWAITING_CONVICTION until a conviction offers it). A corrected
 * attendance record reverses the credits it supported ({@link #reverseFor}); approved ones are revoked in
 * the sentencing module and the dates recomputed.
 */
@Service
public class WorkCreditService {

    record Att(UUID id, UUID allocationId, UUID personId, LocalDate sessionDate, String outcome, BigDecimal hours,
               String creditBasis, LocalDate convictedOn) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final WorkCredits sentencing;
    private final WorkSettings settings;
    private final ApplicationEventPublisher events;

    WorkCreditService(JdbcClient jdbc, ProgrammeService programmes, WorkCredits sentencing, WorkSettings settings,
                      ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.sentencing = sentencing;
        this.settings = settings;
        this.events = events;
    }

    /** Derives the month's credits of a programme; returns how many days were derived. */
    @Transactional
    public int derive(UUID programmeId, String month, CurrentUser caller) {
        ProgrammeService.Programme g = programmes.get(programmeId, caller);
        YearMonth m = month(month, "month");
        jdbc.sql("select 1 from work_programme where id = :id for update").param("id", g.id()).query(Integer.class).single();
        if ("NONE".equals(g.redencionRule())) return 0;
        List<Att> records = jdbc.sql("""
                select t.id, t.allocation_id, t.person_id, t.session_date, t.outcome, t.hours, a.credit_basis, p.convicted_on
                from work_attendance t join work_allocation a on a.id = t.allocation_id
                left join work_person p on p.person_id = t.person_id
                where t.programme_id = :g and t.session_date between :from and :to
                  and not exists (select 1 from work_credit c where c.allocation_id = t.allocation_id
                                  and c.credit_day = t.session_date and c.status <> 'REVERSED')
                order by t.allocation_id, t.session_date""")
                .param("g", g.id()).param("from", m.atDay(1)).param("to", m.atEndOfMonth()).query(Att.class).list();
        Map<UUID, List<Att>> byAllocation = new LinkedHashMap<>();
        for (Att a : records) byAllocation.computeIfAbsent(a.allocationId(), k -> new ArrayList<>()).add(a);
        CreditDerivation.Rule rule = new CreditDerivation.Rule(g.sessionHours(), g.minHours());
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        List<CustodyEvent> batch = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (List<Att> atts : byAllocation.values()) {
            Att first = atts.get(0);
            List<CreditDerivation.Record> in = atts.stream()
                    .map(a -> new CreditDerivation.Record(a.id(), a.sessionDate(), a.outcome(), a.hours())).toList();
            List<UUID> ids = new ArrayList<>();
            String basis = null;
            for (CreditDerivation.Day d : CreditDerivation.derive(rule, in).days()) {
                String[] bs = basisAndStatus(first, d.date());
                basis = bs[0];
                UUID id = UUID.randomUUID();
                rows.add(new Object[] {id, first.personId(), first.allocationId(), d.date(), d.hours().toPlainString(),
                        bs[0], bs[1], d.attendanceIds().stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(","))});
                ids.add(id);
            }
            if (!ids.isEmpty()) {
                batch.add(new WorkCreditsDerived(UUID.randomUUID(), first.personId(), g.id(), m.toString(), ids.size(),
                        basis, ids, g.facilityCode(), actor, at));
            }
        }
        insert(g, rows, actor, at);
        int total = rows.size();
        events.publishEvent(new CustodyEventBatch(batch));
        return total;
    }

    /** One statement for all the derived days (columns over unnested arrays; the evidence as comma-joined ids). */
    private void insert(ProgrammeService.Programme g, List<Object[]> rows, String actor, OffsetDateTime at) {
        if (rows.isEmpty()) return;
        int n = rows.size();
        Object[][] cols = new Object[8][n];
        for (int i = 0; i < n; i++) for (int c = 0; c < 8; c++) cols[c][i] = rows.get(i)[c];
        jdbc.sql("""
                insert into work_credit(id, person_id, programme_id, allocation_id, credit_day, hours, kind, basis, status,
                  attendance_ids, derived_by, derived_at, updated_at)
                select id, p, :g, a, d, h, :k, b, s, string_to_array(e, ',')::uuid[], :by, :at, :at
                from unnest(:ids::uuid[], :ps::uuid[], :as::uuid[], :ds::date[], :hs::numeric[], :bs::text[], :ss::text[],
                            :es::text[]) as r(id, p, a, d, h, b, s, e)""")
                .param("g", g.id()).param("k", g.redencionRule()).param("by", actor).param("at", at)
                .param("ids", java.util.Arrays.copyOf(cols[0], n, UUID[].class))
                .param("ps", java.util.Arrays.copyOf(cols[1], n, UUID[].class))
                .param("as", java.util.Arrays.copyOf(cols[2], n, UUID[].class))
                .param("ds", java.util.Arrays.stream(cols[3]).map(Object::toString).toArray(String[]::new))
                .param("hs", java.util.Arrays.copyOf(cols[4], n, String[].class))
                .param("bs", java.util.Arrays.copyOf(cols[5], n, String[].class))
                .param("ss", java.util.Arrays.copyOf(cols[6], n, String[].class))
                .param("es", java.util.Arrays.copyOf(cols[7], n, String[].class)).update();
    }

    /** Basis and status of a derived day: untried work waits for a conviction and is then only offered. */
    private static String[] basisAndStatus(Att a, LocalDate day) {
        if (!"AWAITING_CONVICTION".equals(a.creditBasis())) return new String[] {a.creditBasis(), "PENDING"};
        if (a.convictedOn() != null && !day.isBefore(a.convictedOn())) return new String[] {"COUNTED", "PENDING"};
        return new String[] {"PRETRIAL_WORK", a.convictedOn() == null ? "AWAITING_CONVICTION" : "PENDING"};
    }

    /** A conviction: the person's untried work becomes PENDING credits offered to the judge. */
    void offerAfterConviction(UUID personId, String actor) {
        List<UUID> ids = jdbc.sql("""
                update work_credit set status = 'PENDING', updated_at = :at
                where person_id = :p and status = 'AWAITING_CONVICTION' returning id""")
                .param("at", settings.now()).param("p", personId).query(UUID.class).list();
        if (ids.isEmpty()) return;
        String facility = jdbc.sql("select facility_code from work_person where person_id = :p").param("p", personId)
                .query(String.class).optional().orElse(null);
        events.publishEvent(new WorkCreditsOffered(UUID.randomUUID(), personId, ids, "PRETRIAL_WORK", facility, actor,
                settings.now()));
    }

    /** Reverses the live credits an attendance record supported; approved ones are revoked in sentencing. */
    void reverseFor(UUID recordId, UUID personId, String facility, String reason, CurrentUser caller) {
        record Hit(UUID id, String status, UUID sentencingCreditId) {
        }
        List<Hit> hits = jdbc.sql("""
                select id, status, sentencing_credit_id from work_credit
                where person_id = :p and :r = any(attendance_ids) and status in ('PENDING', 'AWAITING_CONVICTION', 'APPROVED')
                for update""").param("p", personId).param("r", recordId).query(Hit.class).list();
        if (hits.isEmpty()) return;
        List<UUID> revoke = hits.stream().filter(h -> h.sentencingCreditId() != null).map(Hit::sentencingCreditId).toList();
        if (!revoke.isEmpty()) sentencing.revoke(personId, revoke, settings.today(), reason, caller);
        List<UUID> ids = hits.stream().map(Hit::id).toList();
        jdbc.sql("update work_credit set status = 'REVERSED', status_reason = :r, updated_at = :at where id = any(:ids)")
                .param("r", reason).param("at", settings.now()).param("ids", ids.toArray(UUID[]::new)).update();
        events.publishEvent(new WorkCreditsReversed(UUID.randomUUID(), personId, ids, reason, facility,
                Scopes.actor(caller), settings.now()));
    }

    YearMonth month(String month, String field) {
        try {
            YearMonth m = YearMonth.parse(month == null ? "" : month);
            if (m.isAfter(YearMonth.from(settings.today()))) throw new IllegalArgumentException();
            return m;
        } catch (RuntimeException e) {
            new Validation().reject(field, "work.MONTH_INVALID").throwIfInvalid(Scopes.INVALID);
            return null;
        }
    }
}
