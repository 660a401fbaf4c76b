package org.custos.oversight.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.housing.Cells;
import org.custos.identity.CurrentUser;
import org.custos.oversight.ConditionsRecorded;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cell temperature and humidity readings, typed in or imported from sensors (JSON or CSV): every reading checked
 * first (the cell exists and is in the caller's scope, not in the future, a physically possible value), and
 * the whole import refused with each line named ({@code readings[4].celsius}) or written whole.
 */
@Service
public class ReadingService {

    static final int MAX_READINGS = 20_000;
    static final BigDecimal MIN_C = new BigDecimal("-30");
    static final BigDecimal MAX_C = new BigDecimal("60");
    private final JdbcClient jdbc;
    private final Cells cells;
    private final Bounds bounds;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;

    ReadingService(JdbcClient jdbc, Cells cells, Bounds bounds, OversightSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.bounds = bounds;
        this.settings = settings;
        this.events = events;
    }

    /** CSV lines {@code cellId,measuredAt,celsius,humidity} (header optional); line n is {@code readings[n-1]}. */
    public Requests.Readings parseCsv(String body) {
        List<Requests.Reading> out = new ArrayList<>();
        Validation v = new Validation();
        String[] lines = body == null ? new String[0] : body.split("\r?\n");
        int n = 0;
        for (String line : lines) {
            if (line.isBlank() || line.toLowerCase().startsWith("cellid")) continue;
            String f = "readings[" + n++ + "]";
            String[] c = line.split(",", -1);
            if (c.length < 3 || c.length > 4) {
                v.reject(f, "oversight.CSV_COLUMNS");
                out.add(new Requests.Reading(null, null, null, null));
                continue;
            }
            UUID cell = null;
            OffsetDateTime at = null;
            BigDecimal celsius = null;
            BigDecimal humidity = null;
            try {
                cell = UUID.fromString(c[0].trim());
            } catch (IllegalArgumentException e) {
                v.reject(f + ".cellId", "oversight.CELL_UNKNOWN");
            }
            try {
                at = OffsetDateTime.parse(c[1].trim());
            } catch (DateTimeParseException e) {
                v.reject(f + ".measuredAt", "oversight.INSTANT_INVALID");
            }
            try {
                celsius = new BigDecimal(c[2].trim());
                humidity = c.length == 4 && !c[3].isBlank() ? new BigDecimal(c[3].trim()) : null;
            } catch (NumberFormatException e) {
                v.reject(f + ".celsius", "oversight.NUMBER_INVALID");
            }
            out.add(new Requests.Reading(cell, at, celsius, humidity));
        }
        v.throwIfInvalid(Scopes.INVALID);
        return new Requests.Readings("SENSOR", out);
    }

    @Transactional
    public List<UUID> record(Requests.Readings request, CurrentUser caller) {
        Validation v = new Validation();
        String source = request.source() == null ? "MANUAL" : request.source();
        v.rejectIf(!List.of("MANUAL", "SENSOR").contains(source), "source", "oversight.SOURCE_INVALID");
        List<Requests.Reading> readings = request.readings() == null ? List.of() : request.readings();
        v.rejectIf(readings.isEmpty(), "readings", "oversight.READINGS_REQUIRED");
        if (!Bounds.list(v, "readings", readings, MAX_READINGS)) v.throwIfInvalid(Scopes.INVALID);
        Map<UUID, Cells.CellFigures> known = new HashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            Requests.Reading r = readings.get(i);
            String f = "readings[" + i + "]";
            Cells.CellFigures cell = r.cellId() == null ? null
                    : known.computeIfAbsent(r.cellId(), id -> cells.cell(id).orElse(null));
            if (cell == null || (caller != null && !caller.mayActIn(cell.facilityCode()))) {
                v.reject(f + ".cellId", "oversight.CELL_UNKNOWN");
            }
            v.rejectIf(r.measuredAt() == null, f + ".measuredAt", "oversight.REQUIRED");
            bounds.instant(v, f + ".measuredAt", r.measuredAt(), Bounds.Kind.PAST_FACT);
            if (r.celsius() == null) v.reject(f + ".celsius", "oversight.REQUIRED");
            else if (r.celsius().compareTo(MIN_C) < 0 || r.celsius().compareTo(MAX_C) > 0 || r.celsius().scale() > 1) {
                v.reject(f + ".celsius", "oversight.TEMPERATURE_OUT_OF_RANGE", MIN_C, MAX_C);
            }
            v.rejectIf(r.humidity() != null && (r.humidity().signum() < 0 || r.humidity().compareTo(BigDecimal.valueOf(100)) > 0
                    || r.humidity().scale() > 1), f + ".humidity", "oversight.HUMIDITY_OUT_OF_RANGE");
        }
        v.throwIfInvalid(Scopes.INVALID);
        UUID importId = "SENSOR".equals(source) ? UUID.randomUUID() : null;
        OffsetDateTime at = settings.now();
        String actor = Scopes.actor(caller);
        int n = readings.size();
        UUID[] ids = new UUID[n];
        UUID[] cellIds = new UUID[n];
        String[] codes = new String[n];
        String[] facilities = new String[n];
        String[] times = new String[n];
        String[] celsius = new String[n];
        String[] humidity = new String[n];
        List<CustodyEvent> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Requests.Reading r = readings.get(i);
            Cells.CellFigures cell = known.get(r.cellId());
            ids[i] = UUID.randomUUID();
            cellIds[i] = cell.id();
            codes[i] = cell.code();
            facilities[i] = cell.facilityCode();
            times[i] = r.measuredAt().toString();
            celsius[i] = r.celsius().toPlainString();
            humidity[i] = r.humidity() == null ? null : r.humidity().toPlainString();
            batch.add(ConditionsRecorded.of(cell.id(), ids[i], cell.facilityCode(), actor, at));
        }
        jdbc.sql("""
                insert into oversight_reading(id, cell_id, cell_code, facility_code, measured_at, celsius, humidity, source,
                  import_id, recorded_by, recorded_at)
                select id, c, code, f, t, ce, h, :src, :imp, :by, :at
                from unnest(:ids::uuid[], :cs::uuid[], :codes::text[], :fs::text[], :ts::timestamptz[], :ces::numeric[],
                  :hs::numeric[]) as r(id, c, code, f, t, ce, h)""")
                .param("src", source).param("imp", importId).param("by", actor).param("at", at).param("ids", ids)
                .param("cs", cellIds).param("codes", codes).param("fs", facilities).param("ts", times)
                .param("ces", celsius).param("hs", humidity).update();
        events.publishEvent(new CustodyEventBatch(batch));
        return List.of(ids);
    }
}
