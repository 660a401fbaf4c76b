package org.custos.gate.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.gate.GateRecordCorrected;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections to a gate entry: appended with the field, the new value, the reason and the author. */
@Service
public class GateCorrections {

    public static final List<String> FIELDS = List.of("givenNames", "firstSurname", "secondSurname", "documentNumber",
            "organisation", "purpose", "area", "authorizedBy", "enteredAt", "exitedAt");

    public record Correction(UUID id, String field, String newValue, String reason, OffsetDateTime recordedAt,
                             String recordedBy) {
    }

    private final JdbcClient jdbc;
    private final GateService gate;
    private final GateSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.custos.shared.web.Bounds bounds;

    GateCorrections(JdbcClient jdbc, GateService gate, GateSettings settings, ApplicationEventPublisher events,
                    Clock clock, org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.gate = gate;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID correct(UUID entryId, GateRequests.Correction c, CurrentUser caller) {
        String facility = gate.facilityOf(entryId, caller);
        Validation v = new Validation();
        v.rejectIf(c == null || c.field() == null || !FIELDS.contains(c.field()), "field", "gate.correction.field");
        String value = c == null ? null : c.newValue();
        String reason = c == null ? null : c.reason();
        if (c != null && c.field() != null && c.field().matches("givenNames|firstSurname")) {
            EntrantRules.name(v, "newValue", value, true);
        } else if (c != null && "authorizedBy".equals(c.field())) {
            EntrantRules.official(v, "newValue", value);
        } else if (c != null && c.field() != null && c.field().matches("enteredAt|exitedAt")) {
            value = CorrectedTimes.check(v, entryId, c.field(), value, jdbc, settings.zone(), bounds);
        } else {
            EntrantRules.text(v, "newValue", value, !"secondSurname".equals(c == null ? null : c.field()));
        }
        EntrantRules.text(v, "reason", reason, true);
        v.throwIfInvalid("gate.validation");
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String newValue = value == null ? "" : "documentNumber".equals(c.field())
                ? value.trim().toUpperCase(java.util.Locale.ROOT) : value.trim();
        jdbc.sql("""
                insert into gate_correction(id, entry_id, field, new_value, reason, event_id, recorded_at, recorded_by)
                values (:id, :entry, :field, :value, :reason, :event, :now, :by)""")
                .param("id", id).param("entry", entryId).param("field", c.field()).param("value", newValue)
                .param("reason", reason.trim()).param("event", eventId).param("now", OffsetDateTime.now(clock))
                .param("by", caller.username()).update();
        events.publishEvent(new GateRecordCorrected(eventId, entryId, id, c.field(), newValue, reason.trim(), facility,
                caller.username(), OffsetDateTime.now(clock)));
        return id;
    }

    public List<Correction> of(UUID entryId) {
        return ofAll(List.of(entryId)).getOrDefault(entryId, List.of());
    }

    /** The corrections of each of these entries, oldest first. */
    public java.util.Map<UUID, List<Correction>> ofAll(java.util.Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, List<Correction>> out = new java.util.HashMap<>();
        jdbc.sql("""
                select entry_id, id, field, new_value, reason, recorded_at, recorded_by from gate_correction
                where entry_id in (:ids) order by recorded_at, id""").param("ids", entryIds)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Correction(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
                    return 0;
                }).list();
        return out;
    }
}
