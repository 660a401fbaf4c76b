package org.custos.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.ledger.RecordCoverage;
import org.custos.ledger.RecordCoverage.CoveredTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every module's {@link RecordCoverage}: the covered tables by name, and the SQL that reads their rows. */
@Component
class Coverage {

    private final ObjectProvider<RecordCoverage> owners;
    private volatile Map<String, CoveredTable> tables;

    Coverage(ObjectProvider<RecordCoverage> owners) {
        this.owners = owners;
    }

    private volatile java.util.Set<String> pending;

    /** Tables declared custody data not covered yet. */
    java.util.Set<String> pending() {
        java.util.Set<String> p = pending;
        if (p == null) {
            pending = p = owners.orderedStream().flatMap(o -> o.notYetCovered().stream())
                    .map(RecordCoverage.NotYetCovered::table).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return p;
    }

    /** Covered tables in name order. */
    Map<String, CoveredTable> tables() {
        Map<String, CoveredTable> t = tables;
        if (t == null) {
            Map<String, CoveredTable> found = new TreeMap<>();
            for (RecordCoverage owner : owners.orderedStream().toList()) {
                for (CoveredTable c : owner.covered()) {
                    if (found.put(c.table(), c) != null) {
                        throw new IllegalStateException("table " + c.table() + " is covered twice");
                    }
                }
            }
            tables = t = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(found));
        }
        return t;
    }

    /** The covered table, or null for a table its module declares not covered yet; else an error. */
    CoveredTable table(String name) {
        CoveredTable t = tables().get(name);
        if (t == null && pending().contains(name)) {
            return null;
        }
        if (t == null) {
            throw new IllegalStateException("an event names rows of table " + name
                    + ", which no module covers (RecordCoverage; docs/ledger-entry-format.md, \"Covering a table\")");
        }
        return t;
    }

    /** The row key of alias {@code t}: the primary key as text, a JSON array of the key values when composite. */
    static String keyExpression(CoveredTable table) {
        List<String> key = table.key();
        if (key.size() == 1) {
            return "t." + key.get(0) + "::text";
        }
        return "jsonb_build_array(" + String.join(", ", key.stream().map(k -> "t." + k).toList()) + ")::text";
    }

    /** The committed fields of alias {@code t}: {@code to_jsonb(t)} without the excluded columns. */
    static String fieldsExpression(CoveredTable table) {
        if (table.excluded().isEmpty()) {
            return "to_jsonb(t)";
        }
        return "(to_jsonb(t) - array[" + String.join(", ", table.excluded().keySet().stream().sorted()
                .map(c -> "'" + c + "'").toList()) + "]::text[])";
    }

    /** Timestamps in the canonical form: {@code to_jsonb} renders timestamptz in the session's time zone. */
    static final String UTC = "select set_config('TimeZone', 'UTC', true)";
}
