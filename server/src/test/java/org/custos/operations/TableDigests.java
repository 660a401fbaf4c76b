package org.custos.operations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For each table of the public schema: its row count and an MD5 over every row (its columns in order, rows
 * sorted), so that two moments of one database can be compared table by table. After a migration, only the
 * columns a table had before are compared: a new column is not a change of the data kept.
 */
final class TableDigests {

    private TableDigests() {
    }

    /** The columns of each table of the public schema, in order. */
    static Map<String, List<String>> columns(JdbcClient jdbc) {
        Map<String, List<String>> columns = new TreeMap<>();
        for (String table : jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                """).query(String.class).list()) {
            columns.put(table, jdbc.sql("""
                    select quote_ident(column_name) from information_schema.columns
                    where table_schema = 'public' and table_name = ? order by ordinal_position""")
                    .param(table).query(String.class).list());
        }
        return columns;
    }

    /** Row count and digest of each table over the given columns. */
    static Map<String, String> of(JdbcClient jdbc, Map<String, List<String>> columns) {
        Map<String, String> digests = new TreeMap<>();
        columns.forEach((table, cols) -> digests.put(table, digest(jdbc, table, cols)));
        return digests;
    }

    private static String digest(JdbcClient jdbc, String table, List<String> columns) {
        String row = "md5(row(" + String.join(", ", columns) + ")::text)";
        return jdbc.sql("select count(*) || ' ' || coalesce(md5(string_agg(" + row + ", ',' order by " + row
                + ")), '') from " + quoted(table)).query(String.class).single();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
