package org.custos.gate.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Outages of a facility's surveillance, and the custody events recorded while one was open. */
@Component
public class SurveillanceQueries {

    public record OutageRow(UUID id, String facilityCode, String area, String device, String reason,
                            OffsetDateTime offlineSince, String recordedBy, OffsetDateTime onlineSince, String restoredBy,
                            String note) {
        public boolean offline() {
            return onlineSince == null;
        }
    }

    /**
     * A custody event of a facility during one of its outages. A gate entry or exit is listed exactly when the day's
     * log and its CSV flag it offline (the same rule, {@code EntryRow.covers}): at the time of the movement, by an
     * outage of the whole facility or of its gate or area ({@code areaMatched} true). Any other event is listed
     * when it was recorded while an outage was open; it carries no area, so {@code areaMatched} is true only for a
     * whole-facility outage or a gate record of the affected gate or area. {@code personName} is the entrant's or
     * visitor's full name (current, after corrections) for gate records; null for other modules' events.
     */
    public record EventDuringOutage(UUID eventId, String eventType, UUID subjectId, OffsetDateTime occurredAt,
                                    String actor, UUID outageId, String area, String device, boolean areaMatched,
                                    String personName) {
    }

    private final JdbcClient jdbc;
    private final GateCorrections corrections;

    SurveillanceQueries(JdbcClient jdbc, GateCorrections corrections) {
        this.jdbc = jdbc;
        this.corrections = corrections;
    }

    private static final String OUTAGE = """
            select o.id, o.facility_code, o.area, o.device, o.reason, o.offline_since, o.recorded_by,
                   r.online_since, r.recorded_by, r.note
            from surveillance_outage o left join surveillance_restore r on r.outage_id = o.id""";

    public List<OutageRow> outages(String facility, int limit) {
        return jdbc.sql(OUTAGE + " where o.facility_code = :f order by (r.online_since is null) desc, o.offline_since desc"
                        + " limit :limit").param("f", facility).param("limit", limit).query(this::row).list();
    }

    public String facilityOf(UUID outageId) {
        return jdbc.sql("select facility_code from surveillance_outage where id = :id").param("id", outageId)
                .query(String.class).optional().orElseThrow(GateScope::notFound);
    }

    /** A gate movement with the first outage that covers it, by the log's own rule. */
    private static String movement(String type, String eventId, String at, String actor, String from) {
        return "select " + eventId + ", '" + type + "', e.id, " + at + ", " + actor + ", o.id, o.area, o.device, true"
                + " from " + from + " join lateral (select o.id, o.area, o.device from surveillance_outage o where "
                + EntryRow.covers(at) + " order by o.offline_since limit 1) o on true"
                + " where e.facility_code = :f and " + at + " >= :from and " + at + " < :to";
    }

    /** Events (any module) recorded in the facility during its outages, newest first. */
    public List<EventDuringOutage> eventsDuringOutages(String facility, OffsetDateTime from, OffsetDateTime to, int limit) {
        List<EventDuringOutage> found = jdbc.sql(
                movement("GateEntryRecorded", "e.event_id", "e.entered_at", "e.recorded_by", "gate_entry e")
                + " union all "
                + movement("GateExitRecorded", "x.event_id", "x.exited_at", "x.recorded_by",
                        "gate_exit x join gate_entry e on e.id = x.entry_id")
                + " union all " + """
                select ev.event_id, ev.event_type, ev.subject_id, ev.occurred_at, ev.actor, o.id, o.area, o.device,
                  (o.area is null or exists (select 1 from gate_entry e where (e.id = ev.subject_id)
                     and (lower(o.area) = lower(e.gate) or lower(o.area) = lower(coalesce(e.area, '')))))
                from surveillance_outage o
                left join surveillance_restore r on r.outage_id = o.id
                join event_outbox ev on ev.facility_code = o.facility_code and ev.occurred_at >= o.offline_since
                  and (r.online_since is null or ev.occurred_at < r.online_since)
                where o.facility_code = :f and ev.occurred_at >= :from and ev.occurred_at < :to
                  and ev.event_type not in ('SurveillanceWentOffline', 'SurveillanceCameBack', 'GateEntryRecorded',
                                            'GateExitRecorded')
                order by 4 desc, 1 limit :limit""")
                .param("f", facility).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new EventDuringOutage(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getBoolean(9), null)).list();
        Map<UUID, String> names = names(found);
        List<EventDuringOutage> out = new ArrayList<>(found.size());
        for (EventDuringOutage e : found) {
            out.add(new EventDuringOutage(e.eventId(), e.eventType(), e.subjectId(), e.occurredAt(), e.actor(),
                    e.outageId(), e.area(), e.device(), e.areaMatched(), names.get(e.subjectId())));
        }
        return out;
    }

    /** The full names of the gate entries (as corrected) and the scheduled visits among the events' subjects. */
    private Map<UUID, String> names(List<EventDuringOutage> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> {
            if (e.subjectId() != null) ids.add(e.subjectId());
        });
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<EntryRow> entries = jdbc.sql(EntryRow.SELECT + " where e.id in (:ids)").param("ids", ids)
                .query(EntryRow::read).list();
        Map<UUID, List<GateCorrections.Correction>> corrected = corrections.ofAll(entries.stream().map(EntryRow::id).toList());
        for (EntryRow r : entries) {
            names.put(r.id(), CurrentValues.apply(r, corrected.getOrDefault(r.id(), List.of())).entry().fullName());
        }
        jdbc.sql("""
                select id, given_names || ' ' || first_surname || coalesce(' ' || second_surname, '')
                from scheduled_visit where id in (:ids)""").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(v -> names.put(v.getKey(), v.getValue()));
        return names;
    }

    private OutageRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OutageRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getString(10));
    }
}
