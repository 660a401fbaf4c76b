package org.custos.housing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A cell as stored, with its current population counter. */
public record CellRow(UUID id, UUID unitId, String facilityCode, String code, BigDecimal floorArea, int bunks, int toilets,
               int showers, boolean inService, int declaredCapacity, int population) {

    static final String COLUMNS = "c.id, c.unit_id, c.facility_code, c.code, c.floor_area, c.bunks, c.toilets,"
            + " c.showers, c.in_service, c.declared_capacity, c.population";

    static CellRow map(ResultSet rs, int n) throws SQLException {
        return new CellRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getInt(10),
                rs.getInt(11));
    }
}
