package org.custos.oversight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.housing.Cells;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a finding (its evidence, {@code table:id}), read for the console: each with when, where, whose
 * (booking number), its measure and its text. What the caller may not read stays hidden: an allegation's account
 * and a confidential complaint's subject for anyone but a monitor, and a medical examination's findings for all.
 */
@Service
public class EvidenceQueries {

    /** One record: the table it is from names its kind ({@code oversight.evidence.<table>}). */
    public record Line(String table, UUID id, OffsetDateTime at, LocalDate day, String booking, String place,
                       BigDecimal celsius, Integer minutesOutOfCell, Integer outdoorMinutes, String text) {
    }

    private static final String BOOKING = "(select booking_number from oversight_person p where p.person_id = x.person_id)";
    private static final Map<String, String> SQL = Map.ofEntries(
            Map.entry("oversight_regime_day", "select x.id, null::timestamptz, x.day, null, x.unit_code, null::numeric,"
                    + " x.minutes_out_of_cell, x.outdoor_minutes, null from oversight_regime_day x"),
            Map.entry("oversight_regime_exception", "select x.id, null::timestamptz, d.day, " + BOOKING + ", d.unit_code,"
                    + " null::numeric, x.minutes_out_of_cell, x.outdoor_minutes, x.note from oversight_regime_exception x"
                    + " join oversight_regime_day d on d.id = x.regime_id"),
            Map.entry("oversight_reading", "select x.id, x.measured_at, null::date, null, x.cell_code, x.celsius, null::int,"
                    + " null::int, null from oversight_reading x"),
            Map.entry("oversight_segregation", "select x.id, x.started_at, null::date, " + BOOKING + ", null, null::numeric,"
                    + " null::int, null::int, x.ground from oversight_segregation x"),
            Map.entry("oversight_restraint", "select x.id, x.started_at, null::date, " + BOOKING + ", null, null::numeric,"
                    + " null::int, null::int, x.authorized_by from oversight_restraint x"),
            Map.entry("oversight_discipline", "select x.id, x.hearing_at, null::date, " + BOOKING + ", null, null::numeric,"
                    + " null::int, null::int, x.decision from oversight_discipline x"),
            Map.entry("oversight_complaint", "select x.id, x.lodged_at, x.deadline, " + BOOKING + ", null, null::numeric,"
                    + " null::int, null::int, case when x.confidential and not :monitor then null else x.subject end"
                    + " from oversight_complaint x"),
            Map.entry("oversight_allegation", "select x.id, x.received_at, null::date, " + BOOKING + ", x.referred_to,"
                    + " null::numeric, null::int, null::int, case when :monitor then x.account end from oversight_allegation x"),
            Map.entry("oversight_medical_exam", "select x.id, x.examined_at, null::date, " + BOOKING + ", null,"
                    + " null::numeric, null::int, null::int, null from oversight_medical_exam x"),
            Map.entry("oversight_exam_due", "select x.person_id, x.admitted_at, null::date, x.booking_number, null,"
                    + " null::numeric, null::int, null::int, null from oversight_person x"),
            Map.entry("oversight_death", "select x.id, x.died_at, null::date, " + BOOKING + ", x.place, null::numeric,"
                    + " null::int, null::int, x.circumstances from oversight_death x"));

    private final JdbcClient jdbc;
    private final Cells cells;

    EvidenceQueries(JdbcClient jdbc, Cells cells) {
        this.jdbc = jdbc;
        this.cells = cells;
    }

    /** The evidence's records at this facility, in the order the finding names them (unknown references skipped). */
    @Transactional(readOnly = true)
    public List<Line> of(String facility, List<String> evidence, CurrentUser caller) {
        Map<String, List<UUID>> byTable = new LinkedHashMap<>();
        List<Line> out = new ArrayList<>();
        for (String ref : evidence) {
            int colon = ref.indexOf(':');
            if (colon > 0 && ref.startsWith("cell:")) { // a cell is housing's: its figures through housing's API
                cells.cell(UUID.fromString(ref.substring(colon + 1))).filter(c -> c.facilityCode().equals(facility))
                        .ifPresent(c -> out.add(new Line("cell", c.id(), null, null, null, c.code(), null, null, null, null)));
                continue;
            }
            if (colon < 0 || !SQL.containsKey(ref.substring(0, colon))) continue;
            byTable.computeIfAbsent(ref.substring(0, colon), k -> new ArrayList<>()).add(UUID.fromString(ref.substring(colon + 1)));
        }
        boolean monitor = Scopes.readsConfidential(caller);
        byTable.forEach((table, ids) -> {
            String key = table.equals("oversight_exam_due") ? "x.person_id" : "x.id";
            String scope = table.equals("oversight_regime_exception") ? "d.facility_code" : "x.facility_code";
            // staff never see an allegation nor a confidential complaint, not even that it exists (monitors only)
            String confidential = table.equals("oversight_allegation") ? " and :monitor"
                    : table.equals("oversight_complaint") ? " and (not x.confidential or :monitor)" : "";
            out.addAll(jdbc.sql(SQL.get(table) + " where " + key + " = any(:ids) and " + scope + " = :f" + confidential
                            + " order by 2, 3")
                    .param("ids", ids.toArray(UUID[]::new)).param("f", facility).param("monitor", monitor)
                    .query((rs, n) -> new Line(table, rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                            (Integer) rs.getObject(7), (Integer) rs.getObject(8), rs.getString(9))).list());
        });
        return out;
    }
}
