package org.custos.gate.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the gate: one entry, who is inside, the day's log, who is still inside after the day ended. */
@Component
public class GateQueries {

    /** One line of the day's log: an entry or an exit, when, and the entry it belongs to. */
    public record LogLine(String movement, OffsetDateTime at, EntryRow entry, Set<String> corrected) {
        /** True when a correction changed this field of the entry (the original stays in its history). */
        public boolean isCorrected(String field) {
            return corrected.contains(field);
        }

        public boolean offline() {
            return "ENTRY".equals(movement) ? entry.offlineIn() : entry.offlineOut();
        }
    }

    public record LogPage(List<LogLine> lines, int page, int size, boolean hasNext) {
    }

    private final JdbcClient jdbc;
    private final GateSettings settings;
    private final GateCorrections corrections;

    GateQueries(JdbcClient jdbc, GateSettings settings, GateCorrections corrections) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.corrections = corrections;
    }

    /** The entry as it stands after its corrections, with the fields they changed (404 outside the caller's scope). */
    public CurrentValues.Current current(UUID id, CurrentUser caller) {
        return CurrentValues.apply(entry(id, caller), corrections.of(id));
    }

    public EntryRow entry(UUID id, CurrentUser caller) {
        EntryRow row = jdbc.sql(EntryRow.SELECT + " where e.id = :id").param("id", id).query(EntryRow::read)
                .optional().orElseThrow(GateScope::notFound);
        if (!caller.mayActIn(row.facilityCode())) {
            throw GateScope.notFound();
        }
        return row;
    }

    /** Who is inside a facility now, oldest entry first. */
    public List<EntryRow> inside(String facility) {
        return jdbc.sql(EntryRow.SELECT + " where e.facility_code = :f and x.entry_id is null order by e.entered_at")
                .param("f", facility).query(EntryRow::read).list();
    }

    /** One line of a day's log before its entry is read: an entry or an exit of {@code entryId} at {@code at}. */
    private record Move(UUID entryId, String movement, OffsetDateTime at) {
    }

    /** The day's entries and exits at a facility, in order of time. */
    public LogPage day(String facility, LocalDate day, int page, int size) {
        int p = Math.max(page, 0);
        int s = size <= 0 ? 50 : Math.min(size, 500);
        List<Move> moves = jdbc.sql("""
                select id, movement, at from (
                  select e.id, 'ENTRY' as movement, e.entered_at as at from gate_entry e
                    where e.facility_code = :f and e.entered_at >= :from and e.entered_at < :to
                  union all
                  select x.entry_id, 'EXIT', x.exited_at from gate_exit x join gate_entry e on e.id = x.entry_id
                    where e.facility_code = :f and x.exited_at >= :from and x.exited_at < :to) m
                order by at, movement desc, id limit :limit offset :offset""")
                .param("f", facility).param("from", settings.startOf(day)).param("to", settings.startOf(day.plusDays(1)))
                .param("limit", s + 1).param("offset", (long) p * s)
                .query((rs, n) -> new Move(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class))).list();
        boolean hasNext = moves.size() > s;
        List<Move> shown = hasNext ? moves.subList(0, s) : moves;
        Set<UUID> ids = new java.util.HashSet<>();
        shown.forEach(m -> ids.add(m.entryId()));
        var rows = new java.util.HashMap<UUID, EntryRow>();
        if (!ids.isEmpty()) {
            jdbc.sql(EntryRow.SELECT + " where e.id in (:ids)").param("ids", ids).query(EntryRow::read).list()
                    .forEach(r -> rows.put(r.id(), r));
        }
        var corrected = corrections.ofAll(ids);
        List<LogLine> lines = shown.stream().map(m -> line(m.movement(), m.at(),
                CurrentValues.apply(rows.get(m.entryId()), corrected.getOrDefault(m.entryId(), List.of())))).toList();
        return new LogPage(lines, p, s, hasNext);
    }

    private static LogLine line(String movement, OffsetDateTime at, CurrentValues.Current c) {
        boolean entry = "ENTRY".equals(movement);
        OffsetDateTime shown = entry ? c.entry().enteredAt() : c.entry().exitedAt();
        return new LogLine(movement, shown == null ? at : shown, c.entry(), c.corrected());
    }

    /** People still inside after the end of their day, in the given facilities (null: all). */
    public List<EntryRow> overdue(Set<String> facilities, int limit) {
        String where = facilities == null ? "" : " and e.facility_code in (:fs)";
        if (facilities != null && facilities.isEmpty()) {
            return List.of();
        }
        var q = jdbc.sql(EntryRow.SELECT + " where x.entry_id is null and e.entered_at < :before" + where
                        + " order by e.entered_at limit :limit")
                .param("before", settings.overdueBefore()).param("limit", limit);
        if (facilities != null) {
            q = q.param("fs", facilities);
        }
        return q.query(EntryRow::read).list();
    }
}
