package org.custos.housing.internal;

import java.util.ArrayList;
import java.util.List;

/** The national capacity table as CSV (RFC 4180), one facility a line and the total last. */
public final class CapacityCsv {

    private CapacityCsv() {
    }

    public static String write(CapacityQueries.National n) {
        StringBuilder out = new StringBuilder("codigo,nombre,celdas,poblacion,sin_celda,capacidad_declarada,"
                + "capacidad_estandar,capacidad_operativa,ocupacion_declarada_pct,ocupacion_estandar_pct,"
                + "ocupacion_operativa_pct,m2_por_persona\r\n");
        List<Capacity> rows = new ArrayList<>(n.facilities());
        rows.add(n.total());
        for (Capacity c : rows) {
            out.append(quote(c.code())).append(',').append(quote(c.name())).append(',').append(c.cells()).append(',')
                    .append(c.population()).append(',').append(c.unplaced()).append(',').append(c.declared()).append(',')
                    .append(c.standards()).append(',').append(c.working()).append(',').append(blank(c.declaredRate()))
                    .append(',').append(blank(c.standardsRate())).append(',').append(blank(c.workingRate())).append(',')
                    .append(blank(c.areaPerPerson())).append("\r\n");
        }
        return out.toString();
    }

    private static String blank(Object o) {
        return o == null ? "" : o.toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
