package org.custos.gate.internal;

import java.time.OffsetDateTime;
import java.util.List;
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
     * A custody event recorded in a facility while one of its outages was open. {@code areaMatched}
     * is true for gate records whose gate or area the outage covers (or a whole-facility outage);
     * other events carry no area and are listed for the facility.
     */
    public record EventDuringOutage(UUID eventId, String eventType, UUID subjectId, OffsetDateTime occurredAt,
                                    String actor, UUID outageId, String area, String device, boolean areaMatched) {
    }

    private final JdbcClient jdbc;

    SurveillanceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Events (any module) recorded in the facility during its outages, newest first. */
    public List<EventDuringOutage> eventsDuringOutages(String facility, OffsetDateTime from, OffsetDateTime to, int limit) {
        return jdbc.sql("""
                select ev.event_id, ev.event_type, ev.subject_id, ev.occurred_at, ev.actor, o.id, o.area, o.device,
                  (o.area is null or exists (select 1 from gate_entry e where (e.id = ev.subject_id)
                     and (lower(o.area) = lower(e.gate) or lower(o.area) = lower(coalesce(e.area, ''))))) as matched
                from surveillance_outage o
                left join surveillance_restore r on r.outage_id = o.id
                join event_outbox ev on ev.facility_code = o.facility_code and ev.occurred_at >= o.offline_since
                  and (r.online_since is null or ev.occurred_at < r.online_since)
                where o.facility_code = :f and ev.occurred_at >= :from and ev.occurred_at < :to
                  and ev.event_type not in ('SurveillanceWentOffline', 'SurveillanceCameBack')
                order by ev.occurred_at desc limit :limit""")
                .param("f", facility).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new EventDuringOutage(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class), rs.getString(5),
                        rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getBoolean(9))).list();
    }

    private OutageRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OutageRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getString(10));
    }
}
