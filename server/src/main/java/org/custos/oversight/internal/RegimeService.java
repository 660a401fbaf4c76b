package org.custos.oversight.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.housing.Cells;
import org.custos.housing.Whereabouts;
import org.custos.identity.CurrentUser;
import org.custos.oversight.RegimeRecorded;
import org.custos.shared.events.WrittenRows;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's daily regime, recorded once for all its people, with per-person exceptions (a person of the unit,
 * once each); a second record for the same day is refused, a correction is a new revision with its reason.
 */
@Service
public class RegimeService {

    static final int MAX_EXCEPTIONS = 2_000;
    private final JdbcClient jdbc;
    private final Cells cells;
    private final Whereabouts whereabouts;
    private final Bounds bounds;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;

    RegimeService(JdbcClient jdbc, Cells cells, Whereabouts whereabouts, Bounds bounds, OversightSettings settings,
                  ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.whereabouts = whereabouts;
        this.bounds = bounds;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public Map<String, Object> record(UUID unitId, Requests.Regime r, CurrentUser caller) {
        Cells.UnitFigures unit = unit(unitId, caller);
        Integer previous = r.day() == null ? null : jdbc.sql(
                "select max(revision) from oversight_regime_day where unit_id = :u and day = :d")
                .param("u", unitId).param("d", r.day()).query(Integer.class).optional().orElse(null);
        if (previous != null) {
            throw ProblemException.conflict("oversight.regime-exists", FieldProblem.of("day", "oversight.REGIME_EXISTS"));
        }
        return write(unit, r, 1, null, null, caller);
    }

    @Transactional
    public Map<String, Object> correct(UUID regimeId, Requests.Regime r, CurrentUser caller) {
        record Current(UUID id, UUID unitId, LocalDate day, int revision) {
        }
        Current cur = jdbc.sql("select id, unit_id, day, revision from oversight_regime_day where id = :id")
                .param("id", regimeId).query(Positional.of(Current.class)).optional().orElseThrow(Scopes::notFound);
        Cells.UnitFigures unit = unit(cur.unitId(), caller);
        int latest = jdbc.sql("select max(revision) from oversight_regime_day where unit_id = :u and day = :d")
                .param("u", cur.unitId()).param("d", cur.day()).query(Integer.class).single();
        if (latest != cur.revision()) {
            throw ProblemException.conflict("oversight.superseded", FieldProblem.of("id", "oversight.SUPERSEDED"));
        }
        if (Scopes.blank(r.reason())) {
            throw ProblemException.invalid(Scopes.INVALID, FieldProblem.of("reason", "oversight.REASON_REQUIRED"));
        }
        Requests.Regime same = new Requests.Regime(cur.day(), r.minutesOutOfCell(), r.outdoorMinutes(),
                r.meaningfulContact(), r.exceptions(), r.reason());
        return write(unit, same, cur.revision() + 1, cur.id(), r.reason(), caller);
    }

    private Cells.UnitFigures unit(UUID unitId, CurrentUser caller) {
        Cells.UnitFigures unit = cells.unit(unitId).orElseThrow(Scopes::notFound);
        Scopes.require(caller, unit.facilityCode());
        return unit;
    }

    private Map<String, Object> write(Cells.UnitFigures unit, Requests.Regime r, int revision, UUID corrects,
                                      String reason, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(r.day() == null, "day", "oversight.DAY_REQUIRED");
        bounds.date(v, "day", r.day(), Bounds.Kind.PAST_FACT);
        minutes(v, "", r.minutesOutOfCell(), r.outdoorMinutes());
        v.rejectIf(r.meaningfulContact() == null, "meaningfulContact", "oversight.REQUIRED");
        Bounds.text(v, "reason", reason, Bounds.TEXT);
        List<Requests.RegimeException> exceptions = r.exceptions() == null ? List.of() : r.exceptions();
        boolean listOk = Bounds.list(v, "exceptions", exceptions, MAX_EXCEPTIONS);
        Set<UUID> seen = new HashSet<>();
        Set<UUID> unitCells = new HashSet<>();
        cells.cells(unit.facilityCode()).stream().filter(c -> c.unitId().equals(unit.id()))
                .forEach(c -> unitCells.add(c.id()));
        for (int i = 0; listOk && i < exceptions.size(); i++) {
            Requests.RegimeException e = exceptions.get(i);
            String f = "exceptions[" + i + "]";
            if (e.personId() == null) v.reject(f + ".personId", "oversight.PERSON_REQUIRED");
            else if (!seen.add(e.personId())) v.reject(f + ".personId", "oversight.DUPLICATE_IN_REQUEST");
            else if (!whereabouts.locate(e.personId()).map(l -> l.cellId() != null && unitCells.contains(l.cellId()))
                    .orElse(false)) {
                v.reject(f + ".personId", "oversight.NOT_IN_UNIT");
            }
            minutes(v, f + ".", e.minutesOutOfCell(), e.outdoorMinutes());
            v.rejectIf(e.meaningfulContact() == null, f + ".meaningfulContact", "oversight.REQUIRED");
            Bounds.text(v, f + ".note", e.note(), Bounds.TEXT);
        }
        v.throwIfInvalid(Scopes.INVALID);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        int persons = Math.max(0, unit.population() - exceptions.size());
        jdbc.sql("""
                insert into oversight_regime_day(id, unit_id, unit_code, facility_code, day, revision, persons,
                  minutes_out_of_cell, outdoor_minutes, meaningful_contact, corrects, reason, recorded_by, recorded_at)
                values (:id, :u, :uc, :f, :d, :rev, :n, :out, :outdoor, :contact, :corrects, :reason, :by, :at)""")
                .param("id", id).param("u", unit.id()).param("uc", unit.code()).param("f", unit.facilityCode())
                .param("d", r.day()).param("rev", revision).param("n", persons).param("out", r.minutesOutOfCell())
                .param("outdoor", r.outdoorMinutes()).param("contact", r.meaningfulContact()).param("corrects", corrects)
                .param("reason", reason).param("by", actor).param("at", at).update();
        List<WrittenRows> rows = new ArrayList<>();
        for (Requests.RegimeException e : exceptions) {
            UUID eid = UUID.randomUUID();
            jdbc.sql("""
                    insert into oversight_regime_exception(id, regime_id, person_id, minutes_out_of_cell, outdoor_minutes,
                      meaningful_contact, note) values (:id, :r, :p, :out, :outdoor, :contact, :note)""")
                    .param("id", eid).param("r", id).param("p", e.personId()).param("out", e.minutesOutOfCell())
                    .param("outdoor", e.outdoorMinutes()).param("contact", e.meaningfulContact())
                    .param("note", Scopes.blank(e.note()) ? null : e.note().trim()).update();
        }
        if (!exceptions.isEmpty()) rows.add(new WrittenRows("oversight_regime_exception", "regime_id", id));
        events.publishEvent(RegimeRecorded.of(unit.id(), id, unit.facilityCode(), actor, at,
                rows.toArray(WrittenRows[]::new)));
        return Map.of("id", id, "revision", revision, "persons", persons, "exceptions", exceptions.size());
    }

    private static void minutes(Validation v, String prefix, Integer out, Integer outdoor) {
        v.rejectIf(out == null, prefix + "minutesOutOfCell", "oversight.REQUIRED");
        v.rejectIf(outdoor == null, prefix + "outdoorMinutes", "oversight.REQUIRED");
        v.rejectIf(out != null && (out < 0 || out > 1440), prefix + "minutesOutOfCell", "oversight.MINUTES_OF_A_DAY");
        v.rejectIf(outdoor != null && (outdoor < 0 || outdoor > 1440), prefix + "outdoorMinutes", "oversight.MINUTES_OF_A_DAY");
        v.rejectIf(out != null && outdoor != null && outdoor > out, prefix + "outdoorMinutes",
                "oversight.OUTDOOR_ABOVE_OUT_OF_CELL");
    }
}
