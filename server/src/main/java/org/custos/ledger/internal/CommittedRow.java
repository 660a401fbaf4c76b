package org.custos.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One row an entry commits to (content v2): table, primary key as text, and the fields as {@code to_jsonb} gave them (numbers as BigDecimal). */
record CommittedRow(String table, String key, JsonNode fields) {

    /** Canonical order: by table, then key, UTF-8 bytes; one row per (table, key). */
    static List<CommittedRow> canonical(List<CommittedRow> rows) {
        Map<String, CommittedRow> distinct = new LinkedHashMap<>();
        for (CommittedRow r : rows) {
            distinct.putIfAbsent(r.table() + "\u0000" + r.key(), r);
        }
        List<CommittedRow> out = new ArrayList<>(distinct.values());
        Comparator<CommittedRow> byTable = (a, b) -> Arrays.compareUnsigned(bytes(a.table()), bytes(b.table()));
        out.sort(byTable.thenComparing((a, b) -> Arrays.compareUnsigned(bytes(a.key()), bytes(b.key()))));
        return out;
    }

    /** Reads the {@code jsonb_agg(jsonb_build_array(table_name, row_key, fields))} of an entry's rows (null: none). */
    static List<CommittedRow> fromAggregate(String json) {
        if (json == null) {
            return List.of();
        }
        List<CommittedRow> rows = new ArrayList<>();
        for (JsonNode r : EntryFormat.JSON.readTree(json)) {
            rows.add(new CommittedRow(r.get(0).asString(), r.get(1).asString(), r.get(2)));
        }
        return rows;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
