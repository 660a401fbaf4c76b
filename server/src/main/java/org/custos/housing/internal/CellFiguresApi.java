package org.custos.housing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.housing.Cells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link Cells}: the cells' stored figures and population counters. */
@Service
class CellFiguresApi implements Cells {

    private static final String CELL = "select id, unit_id, facility_code, code, floor_area, bunks, declared_capacity,"
            + " population, in_service from cell";
    private static final String UNIT = "select u.id, u.facility_code, u.code, u.name, coalesce(sum(c.population), 0)"
            + " from housing_unit u left join cell c on c.unit_id = u.id";
    private final JdbcClient jdbc;

    CellFiguresApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CellFigures> cell(UUID cellId) {
        return jdbc.sql(CELL + " where id = :id").param("id", cellId).query(CellFiguresApi::cell).optional();
    }

    @Override
    public List<CellFigures> cells(String facilityCode) {
        return jdbc.sql(CELL + " where facility_code = :f order by code").param("f", facilityCode)
                .query(CellFiguresApi::cell).list();
    }

    @Override
    public Optional<UnitFigures> unit(UUID unitId) {
        return jdbc.sql(UNIT + " where u.id = :id group by u.id").param("id", unitId).query(CellFiguresApi::unit)
                .optional();
    }

    @Override
    public List<UnitFigures> units(String facilityCode) {
        return jdbc.sql(UNIT + " where u.facility_code = :f group by u.id order by u.code").param("f", facilityCode)
                .query(CellFiguresApi::unit).list();
    }

    private static CellFigures cell(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CellFigures(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9));
    }

    private static UnitFigures unit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitFigures(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5));
    }
}
