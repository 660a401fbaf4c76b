package org.custos.operations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For each table of the public schema, the MD5 of each of its rows (its columns in order), so that two moments of
 * one database can be compared table by table. After a migration, only the columns a table had before are read:
 * a new column is not a change of the data kept.
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

    /** The row digests of each table over the given columns. */
    static Map<String, Set<String>> of(JdbcClient jdbc, Map<String, List<String>> columns) {
        Map<String, Set<String>> digests = new TreeMap<>();
        columns.forEach((table, cols) -> digests.put(table, new HashSet<>(jdbc.sql("select md5(row("
                + String.join(", ", cols) + ")::text) from " + quoted(table)).query(String.class).list())));
        return digests;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
