package org.custos.housing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.Facility;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capacity and occupancy at every level, aggregated from the cells' population counters (a few
 * thousand rows), never from the placements.
 */
@Service
public class CapacityQueries {

    private static final String FIGURES = "count(*), coalesce(sum(c.population), 0), coalesce(sum(c.declared_capacity), 0),"
            + " coalesce(sum(" + HousingSettings.standardsSql("c.floor_area") + "), 0),"
            + " coalesce(sum(case when c.in_service then c.declared_capacity else 0 end), 0),"
            + " coalesce(sum(c.floor_area), 0), coalesce(sum(c.bunks), 0)";
    private final JdbcClient jdbc;
    private final FacilityDirectory facilities;
    private final HousingSettings settings;

    CapacityQueries(JdbcClient jdbc, FacilityDirectory facilities, HousingSettings settings) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.settings = settings;
    }

    /** The country's facilities the caller may see, each with its figures, and the total last. */
    public record National(List<Capacity> facilities, Capacity total) {
    }

    @Transactional(readOnly = true)
    public National national(CurrentUser caller) {
        Map<String, Capacity> byCode = new HashMap<>();
        jdbc.sql("select c.facility_code, " + FIGURES + " from cell c group by c.facility_code")
                .param("shared", settings.sharedArea()).param("single", settings.singleArea())
                .query((rs, n) -> figures(rs, 2, rs.getString(1), rs.getString(1), rs.getString(1)))
                .list().forEach(c -> byCode.put(c.code(), c));
        Map<String, Long> unplaced = new HashMap<>();
        jdbc.sql("select facility_code, count(*) from housing_person where held and cell_id is null group by facility_code")
                .query((rs, n) -> unplaced.put(rs.getString(1), rs.getLong(2))).list();
        List<Capacity> rows = new ArrayList<>();
        Capacity total = Capacity.empty("national", "TOTAL", "Total");
        for (Facility f : facilities.list()) {
            if (caller != null && !caller.mayActIn(f.code())) {
                continue;
            }
            Capacity c = byCode.getOrDefault(f.code(), Capacity.empty(f.code(), f.code(), f.name()));
            c = new Capacity(f.code(), f.code(), f.name(), c.cells(), c.population(), unplaced.getOrDefault(f.code(), 0L),
                    c.declared(), c.standards(), c.working(), c.floorArea(), c.bunks());
            rows.add(c);
            total = total.plus(c);
        }
        return new National(rows, total);
    }

    @Transactional(readOnly = true)
    public List<Capacity> units(String facilityCode) {
        return jdbc.sql("select u.id, u.code, u.name, " + FIGURES.replace("count(*)", "count(c.id)")
                        + " from housing_unit u left join cell c on c.unit_id = u.id where u.facility_code = :f"
                        + " group by u.id, u.code, u.name order by u.code")
                .param("f", facilityCode).param("shared", settings.sharedArea()).param("single", settings.singleArea())
                .query((rs, n) -> figures(rs, 4, rs.getString(1), rs.getString(2), rs.getString(3))).list().stream()
                .sorted(java.util.Comparator.comparing(Capacity::code, org.custos.shared.web.NaturalOrder.INSTANCE))
                .toList();
    }

    public record UnitRef(UUID id, String facilityCode, String code, String name) {
    }

    public java.util.Optional<UnitRef> unit(UUID id) {
        return jdbc.sql("select id, facility_code, code, name from housing_unit where id = :u").param("u", id)
                .query((rs, n) -> new UnitRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4))).optional();
    }

    /** The cells of a unit with their figures (one row each) and whether they are in service. */
    @Transactional(readOnly = true)
    public List<CellCapacity> cells(UUID unitId) {
        return jdbc.sql("select " + CellRow.COLUMNS + " from cell c where c.unit_id = :u order by c.code")
                .param("u", unitId).query(CellRow::map).list().stream()
                .sorted(java.util.Comparator.comparing(CellRow::code, org.custos.shared.web.NaturalOrder.INSTANCE))
                .map(this::of).toList();
    }

    public record CellCapacity(CellRow cell, Capacity capacity) {
    }

    public CellCapacity of(CellRow c) {
        return new CellCapacity(c, new Capacity(c.id().toString(), c.code(), c.code(), 1, c.population(), 0,
                c.declaredCapacity(), settings.standardsCapacity(c.floorArea()),
                c.inService() ? c.declaredCapacity() : 0, c.floorArea(), c.bunks()));
    }

    private static Capacity figures(java.sql.ResultSet rs, int at, String id, String code, String name)
            throws java.sql.SQLException {
        BigDecimal area = rs.getBigDecimal(at + 5);
        return new Capacity(id, code, name, rs.getInt(at), rs.getLong(at + 1), 0, rs.getLong(at + 2),
                rs.getLong(at + 3), rs.getLong(at + 4), area == null ? BigDecimal.ZERO : area, rs.getLong(at + 6));
    }
}
