package org.custos.housing.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.CellCapacityChanged;
import org.custos.housing.CellCreated;
import org.custos.housing.UnitCreated;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating units and cells, and changing a cell's capacity figures (each change a new version), each announced
 * ({@link UnitCreated}, {@link CellCreated}, {@link CellCapacityChanged}) in its transaction.
 */
@Service
public class CellService {

    private static final BigDecimal MAX_AREA = new BigDecimal("100000");
    private final JdbcClient jdbc;
    private final FacilityDirectory facilities;
    private final HousingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CellService(JdbcClient jdbc, FacilityDirectory facilities, HousingSettings settings,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UUID createUnit(String facilityCode, Requests.NewUnit u, CurrentUser caller) {
        if (facilities.find(facilityCode).isEmpty()) {
            throw Scopes.notFound();
        }
        Scopes.require(caller, facilityCode);
        Validation v = new Validation();
        v.rejectIf(u.code() == null || !u.code().trim().matches("[A-Za-z0-9-]{1,24}"), "code", "housing.code-shape");
        v.rejectIf(u.name() == null || u.name().isBlank(), "name", "required");
        org.custos.shared.web.Bounds.text(v, "name", u.name(), org.custos.shared.web.Bounds.NAME);
        v.rejectIf(!v.hasProblem("code") && exists("select count(*) from housing_unit where facility_code = :f and code = :c",
                facilityCode, u.code().trim()), "code", "housing.code-taken");
        v.throwIfInvalid("housing.validation");
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into housing_unit(id, facility_code, code, name, created_at, created_by)
                values (:id, :f, :c, :n, :at, :by)""").param("id", id).param("f", facilityCode)
                .param("c", u.code().trim()).param("n", u.name().trim()).param("at", now)
                .param("by", caller.username()).update();
        events.publishEvent(new UnitCreated(UUID.randomUUID(), id, u.code().trim(), u.name().trim(), facilityCode,
                caller.username(), now));
        return id;
    }

    @Transactional
    public UUID createCell(UUID unitId, Requests.CellFigures c, CurrentUser caller) {
        String facility = jdbc.sql("select facility_code from housing_unit where id = :u").param("u", unitId)
                .query(String.class).optional().orElseThrow(Scopes::notFound);
        Scopes.require(caller, facility);
        Validation v = new Validation();
        v.rejectIf(c.code() == null || !c.code().trim().matches("[A-Za-z0-9-]{1,24}"), "code", "housing.code-shape");
        v.rejectIf(!v.hasProblem("code") && exists("select count(*) from cell where unit_id = :f and code = :c",
                unitId, c.code().trim()), "code", "housing.code-taken");
        figures(v, c, false);
        v.throwIfInvalid("housing.validation");
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into cell(id, unit_id, facility_code, code, floor_area, bunks, toilets, showers, in_service,
                    declared_capacity, created_at, created_by)
                values (:id, :u, :f, :c, :a, :b, :t, :s, :in, :d, :at, :by)""")
                .param("id", id).param("u", unitId).param("f", facility).param("c", c.code().trim())
                .param("a", c.floorArea()).param("b", c.bunks()).param("t", c.toilets()).param("s", c.showers())
                .param("in", c.inService() == null || c.inService()).param("d", c.declaredCapacity())
                .param("at", now).param("by", caller.username()).update();
        version(id, 1, c, c.reason() == null || c.reason().isBlank() ? "Alta de la celda" : c.reason().trim(),
                now, caller.username());
        events.publishEvent(new CellCreated(UUID.randomUUID(), id, unitId, c.code().trim(), c.floorArea(), c.bunks(),
                c.declaredCapacity(), c.inService() == null || c.inService(), facility, caller.username(), now));
        return id;
    }

    /** Changes a cell's figures: who, when and why are kept as a new version; nothing is overwritten silently. */
    @Transactional
    public int change(UUID cellId, Requests.CellFigures c, CurrentUser caller) {
        CellRow cell = jdbc.sql("select " + CellRow.COLUMNS + " from cell c where id = :id for update")
                .param("id", cellId).query(CellRow::map).optional().orElseThrow(Scopes::notFound);
        Scopes.require(caller, cell.facilityCode());
        Validation v = new Validation();
        figures(v, c, true);
        v.throwIfInvalid("housing.validation");
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from capacity_version where cell_id = :c")
                .param("c", cellId).query(Integer.class).single();
        jdbc.sql("""
                update cell set floor_area = :a, bunks = :b, toilets = :t, showers = :s, in_service = :in,
                    declared_capacity = :d where id = :id""")
                .param("a", c.floorArea()).param("b", c.bunks()).param("t", c.toilets()).param("s", c.showers())
                .param("in", c.inService()).param("d", c.declaredCapacity()).param("id", cellId).update();
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID version = version(cellId, next, c, c.reason().trim(), now, caller.username());
        events.publishEvent(new CellCapacityChanged(UUID.randomUUID(), cellId, version, next, c.floorArea(), c.bunks(),
                c.declaredCapacity(), c.inService(), c.reason().trim(), cell.facilityCode(), caller.username(), now));
        return next;
    }

    private void figures(Validation v, Requests.CellFigures c, boolean change) {
        v.rejectIf(c.floorArea() == null, "floorArea", "required");
        v.rejectIf(c.floorArea() != null && c.floorArea().signum() <= 0, "floorArea", "housing.area-positive");
        v.rejectIf(c.floorArea() != null && c.floorArea().compareTo(MAX_AREA) > 0, "floorArea", "housing.area-too-large");
        count(v, "bunks", c.bunks(), 10_000);
        count(v, "showers", c.showers(), 1_000);
        count(v, "declaredCapacity", c.declaredCapacity(), 100_000);
        count(v, "toilets", c.toilets(), Integer.MAX_VALUE);
        if (c.toilets() != null && c.toilets() >= 0 && !settings.plausibleToilets(c.toilets(),
                c.floorArea() != null && c.floorArea().signum() > 0 ? c.floorArea() : null)) {
            v.reject("toilets", "housing.toilets-implausible", settings.maxToilets());
        }
        if (change) {
            v.rejectIf(c.inService() == null, "inService", "required");
            v.rejectIf(c.reason() == null || c.reason().isBlank(), "reason", "required");
        }
        org.custos.shared.web.Bounds.text(v, "reason", c.reason(), 1000);
    }

    private static void count(Validation v, String field, Integer value, int max) {
        v.rejectIf(value == null, field, "required");
        v.rejectIf(value != null && (value < 0 || value > max), field, "housing.count-range", max);
    }

    private boolean exists(String sql, Object scope, String code) {
        return jdbc.sql(sql).param("f", scope).param("c", code).query(Integer.class).single() > 0;
    }

    private UUID version(UUID cellId, int version, Requests.CellFigures c, String reason, OffsetDateTime at,
                         String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into capacity_version(id, cell_id, version, floor_area, bunks, toilets, showers, in_service,
                    declared_capacity, reason, changed_at, changed_by)
                values (:id, :c, :v, :a, :b, :t, :s, :in, :d, :why, :at, :by)""")
                .param("id", id).param("c", cellId).param("v", version).param("a", c.floorArea())
                .param("b", c.bunks()).param("t", c.toilets()).param("s", c.showers())
                .param("in", c.inService() == null || c.inService()).param("d", c.declaredCapacity())
                .param("why", reason).param("at", at).param("by", by).update();
        return id;
    }
}
