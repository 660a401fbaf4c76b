package org.custos.sentencing.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest computation per person ({@code release_dates}): replaced by each recomputation. */
@Component
class ReleaseDateStore {

    private static final String UPSERT = """
            insert into release_dates(person_id, engine_version, rule_set_version, computed_at, release_date, full_term,
                                      conditional_release, pretrial_limit, pretrial_override, alerts, result)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (person_id) do update set engine_version = excluded.engine_version,
              rule_set_version = excluded.rule_set_version, computed_at = excluded.computed_at,
              release_date = excluded.release_date, full_term = excluded.full_term,
              conditional_release = excluded.conditional_release, pretrial_limit = excluded.pretrial_limit,
              pretrial_override = excluded.pretrial_override, alerts = excluded.alerts, result = excluded.result""";

    /** The dates a recomputation compares, for the change report. */
    record Stored(LocalDate release, LocalDate fullTerm, LocalDate conditionalRelease, LocalDate pretrialLimit) {
    }


    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    ReleaseDateStore(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    void write(List<Computed> rows, String engineVersion, String ruleSetVersion, OffsetDateTime at) {
        if (rows.isEmpty()) return;
        template.batchUpdate(UPSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Computed c = rows.get(i);
                ps.setObject(1, c.personId());
                ps.setString(2, engineVersion);
                ps.setString(3, ruleSetVersion);
                ps.setObject(4, at, Types.TIMESTAMP_WITH_TIMEZONE);
                date(ps, 5, c.release());
                date(ps, 6, c.fullTerm());
                date(ps, 7, c.conditionalRelease());
                date(ps, 8, c.pretrialLimit());
                date(ps, 9, c.pretrialOverride());
                ps.setString(10, c.alerts());
                ps.setString(11, c.json());
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    Map<UUID, Stored> stored(List<UUID> ids) {
        Map<UUID, Stored> out = new HashMap<>();
        jdbc.sql("select person_id, release_date, full_term, conditional_release, pretrial_limit from release_dates"
                + " where person_id = any(:ids)").param("ids", ids.toArray(UUID[]::new)).query(rs -> {
                    out.put(rs.getObject(1, UUID.class), new Stored(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                });
        return out;
    }

    Optional<ReleaseDatesView> view(UUID personId) {
        return jdbc.sql("select person_id, engine_version, rule_set_version, computed_at, release_date, result::text"
                + " from release_dates where person_id = :id").param("id", personId)
                .query((rs, n) -> new ReleaseDatesView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .optional();
    }

    private static void date(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setDate(i, Date.valueOf(d));
    }
}
