package org.custos.sentencing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.sentencing.internal.PersonRecords.DisallowanceRow;
import org.custos.sentencing.internal.PersonRecords.IntervalRow;
import org.custos.sentencing.internal.PersonRecords.PersonState;
import org.custos.sentencing.internal.PersonRecords.PretrialRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the current revision of each record, for one person or a batch ({@code person_id = any(?)}):
 * one query per table, so a batch of thousands costs six round trips.
 */
@Component
class RecordReader {

    private static final String CURRENT = """
            select * from (select r.*, min(rev) over (partition by %1$s) first_rev,
                   row_number() over (partition by %1$s order by rev desc) rn
              from %2$s r where person_id = any(:ids)) x
             where rn = 1 and not void order by first_rev""";

    private final JdbcClient jdbc;

    RecordReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PersonRecords one(UUID personId) {
        return batch(List.of(personId)).get(personId);
    }

    /** The records of each person, in the order given; every id gets an entry. */
    Map<UUID, PersonRecords> batch(List<UUID> ids) {
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, PersonState> persons = new HashMap<>();
        jdbc.sql("select * from sentencing_person where person_id = any(:ids)").param("ids", array)
                .query(rs -> {
                    persons.put(uuid(rs, "person_id"), new PersonState(rs.getString("booking_number"),
                            rs.getString("facility_code"), rs.getString("legal_status"), rs.getBoolean("held"),
                            rs.getObject("admitted_on", LocalDate.class)));
                });
        Map<UUID, List<SentenceRow>> sentences = group(array, "sentence_id", "sentence_rev", (rs) -> new SentenceRow(
                uuid(rs, "sentence_id"), rs.getString("jurisdiction"), rs.getString("offence_code"),
                rs.getString("offence_classification"), rs.getString("offence_description"), rs.getInt("term_years"),
                rs.getInt("term_months"), rs.getInt("term_days"), date(rs, "start_date"), date(rs, "offence_date"),
                rs.getString("relation"), uuid(rs, "related_to"), rs.getString("reason"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class)));
        Map<UUID, List<IntervalRow>> custody = group(array, "interval_id", "custody_interval_rev", rs -> new IntervalRow(
                uuid(rs, "interval_id"), uuid(rs, "sentence_id"), date(rs, "from_date"), date(rs, "to_date"),
                rs.getString("document"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)));
        Map<UUID, List<CreditRow>> credits = group(array, "credit_id", "credit_rev", rs -> new CreditRow(
                uuid(rs, "credit_id"), uuid(rs, "sentence_id"), rs.getString("kind"), date(rs, "activity_date"),
                integer(rs, "days"), integer(rs, "hours"), rs.getString("status"), rs.getString("document"),
                date(rs, "revocation_date"), rs.getString("revocation_reason"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class)));
        Map<UUID, List<DisallowanceRow>> dis = group(array, "disallowance_id", "disallowance_rev", rs -> new DisallowanceRow(
                uuid(rs, "disallowance_id"), uuid(rs, "sentence_id"), date(rs, "decided_on"), rs.getInt("days"),
                rs.getString("reason"), rs.getString("document")));
        Map<UUID, Set<String>> flags = new HashMap<>();
        jdbc.sql("select distinct on (person_id) person_id, flags from person_flags_rev where person_id = any(:ids)"
                + " order by person_id, rev desc").param("ids", array).query(rs -> {
                    String f = rs.getString("flags");
                    flags.put(uuid(rs, "person_id"), f.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(f.split(","))));
                });
        Map<UUID, PretrialRow> pretrial = new HashMap<>();
        jdbc.sql("select distinct on (person_id) * from pretrial_rev where person_id = any(:ids) order by person_id, rev desc")
                .param("ids", array).query(rs -> {
                    pretrial.put(uuid(rs, "person_id"), new PretrialRow(date(rs, "detention_start"),
                            rs.getString("classification"), rs.getBoolean("on_appeal"), rs.getBoolean("state_of_exception")));
                });
        Map<UUID, PersonRecords> out = new java.util.LinkedHashMap<>();
        for (UUID id : ids) {
            out.put(id, new PersonRecords(id, persons.get(id), sentences.getOrDefault(id, List.of()),
                    custody.getOrDefault(id, List.of()), credits.getOrDefault(id, List.of()),
                    dis.getOrDefault(id, List.of()), flags.getOrDefault(id, Set.of()), pretrial.get(id)));
        }
        return out;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<UUID, List<T>> group(UUID[] ids, String key, String table, Row<T> row) {
        Map<UUID, List<T>> out = new HashMap<>();
        jdbc.sql(CURRENT.formatted(key, table)).param("ids", ids).query(rs -> {
            out.computeIfAbsent(uuid(rs, "person_id"), k -> new ArrayList<>()).add(row.map(rs));
        });
        return out;
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
