package org.custos.gate.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.gate.SurveillanceCameBack;
import org.custos.gate.SurveillanceWentOffline;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a facility's cameras or recorders went offline and came back. An outage with no area covers
 * the whole facility; one with an area covers the gate or visited area of that name (case ignored).
 */
@Service
public class Surveillance {

    /** Matches outages covering a facility, a time and an area (gate or visited area). */
    static final String COVERS = """
            o.facility_code = :f and o.offline_since <= :at
              and not exists (select 1 from surveillance_restore r where r.outage_id = o.id and r.online_since <= :at)
              and (o.area is null or lower(o.area) = lower(:gate) or lower(o.area) = lower(coalesce(:area, '')))""";

    private final JdbcClient jdbc;
    private final GateScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.custos.shared.web.Bounds bounds;

    Surveillance(JdbcClient jdbc, GateScope scope, ApplicationEventPublisher events, Clock clock, org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    boolean offlineAt(String facility, OffsetDateTime at, String gate, String area) {
        return jdbc.sql("select exists(select 1 from surveillance_outage o where " + COVERS + ")")
                .param("f", facility).param("at", at).param("gate", gate == null ? "" : gate).param("area", area)
                .query(Boolean.class).single();
    }

    @Transactional
    public UUID offline(GateRequests.Outage o, CurrentUser caller) {
        Validation v = new Validation();
        scope.check(v, "facilityCode", o.facilityCode(), caller);
        EntrantRules.text(v, "area", o.area(), false);
        EntrantRules.text(v, "device", o.device(), true);
        EntrantRules.text(v, "reason", o.reason(), true);
        OffsetDateTime at = bounds.pastOrNow(v, "offlineSince", o.offlineSince());
        v.throwIfInvalid("gate.validation");
        UUID id = UUID.randomUUID();
        String area = EntrantRules.trim(o.area());
        jdbc.sql("""
                insert into surveillance_outage(id, facility_code, area, device, reason, offline_since, recorded_at, recorded_by)
                values (:id, :f, :area, :device, :reason, :at, :now, :by)""")
                .param("id", id).param("f", o.facilityCode()).param("area", area).param("device", o.device().trim())
                .param("reason", o.reason().trim()).param("at", at).param("now", OffsetDateTime.now(clock))
                .param("by", caller.username()).update();
        events.publishEvent(new SurveillanceWentOffline(UUID.randomUUID(), id, area, o.device().trim(), o.reason().trim(),
                at, o.facilityCode(), caller.username(), OffsetDateTime.now(clock)));
        return id;
    }

    /** The outage a restoration ends, as locked. */
    private record Outage(String facilityCode, OffsetDateTime offlineSince) {
    }

    @Transactional
    public void online(UUID outageId, GateRequests.Restore body, CurrentUser caller) {
        Outage row = jdbc.sql("select facility_code, offline_since from surveillance_outage where id = :id for update")
                .param("id", outageId).query((rs, n) -> new Outage(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
                .optional().orElseThrow(GateScope::notFound);
        if (!caller.mayActIn(row.facilityCode())) {
            throw GateScope.notFound();
        }
        if (jdbc.sql("select exists(select 1 from surveillance_restore where outage_id = :id)").param("id", outageId)
                .query(Boolean.class).single()) {
            throw GateScope.conflict("gate.already-online", "outageId", "gate.alreadyOnline");
        }
        Validation v = new Validation();
        OffsetDateTime at = bounds.pastOrNow(v, "onlineSince", body == null ? null : body.onlineSince());
        v.rejectIf(at.isBefore(row.offlineSince()), "onlineSince", "gate.beforeOffline");
        String note = body == null ? null : EntrantRules.trim(body.note());
        EntrantRules.text(v, "note", note, false);
        v.throwIfInvalid("gate.validation");
        jdbc.sql("""
                insert into surveillance_restore(outage_id, online_since, note, recorded_at, recorded_by)
                values (:id, :at, :note, :now, :by)""")
                .param("id", outageId).param("at", at).param("note", note).param("now", OffsetDateTime.now(clock))
                .param("by", caller.username()).update();
        events.publishEvent(new SurveillanceCameBack(UUID.randomUUID(), outageId, at, note, row.facilityCode(),
                caller.username(), OffsetDateTime.now(clock)));
    }
}
