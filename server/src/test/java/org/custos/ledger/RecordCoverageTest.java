package org.custos.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.support.CustosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the schema is either covered by the ledger's record commitment and audit or declared not custody
 * data with a reason, by the module that owns it ({@link RecordCoverage}; docs/ledger-entry-format.md, "Covering a
 * table"). A table a new module adds fails here until its module says which it is.
 */
@CustosTest
class RecordCoverageTest {

    /**
     * Custody tables whose events do not name their rows yet (issue 12, wiring in progress): listed here, with the
     * reason, so that they are visible; remove a table from this list when its module covers it. Do not add to it.
     */
    static final Map<String, String> NOT_YET_COVERED = notYetCovered();

    private static Map<String, String> notYetCovered() {
        Map<String, String> m = new TreeMap<>();
        String later = "custody data; its module's events do not name their rows yet";
        for (String t : List.of("facility", "housing_unit", "cell", "capacity_version", "housing_person", "placement",
                "separation_override", "capacity_violation", "headcount", "classification_change", "gate_entry",
                "gate_exit", "gate_correction", "scheduled_visit", "visit_approval", "visit_outcome",
                "surveillance_outage", "surveillance_restore", "transfer", "escort", "sentencing_person",
                "sentence_rev", "custody_interval_rev", "credit_rev", "disallowance_rev", "person_flags_rev",
                "pretrial_rev", "release_dates", "recompute_job", "recompute_change", "credit_day", "work_person",
                "work_profile_rev", "work_programme", "work_allocation", "work_allocation_status", "work_attendance",
                "work_attendance_rev", "work_credit", "work_certification")) {
            m.put(t, later);
        }
        m.put("commitment_order_document", "custody data; uploaded before the admission that uses it, without an"
                + " event, and its content is up to 20 MB: to be named by PersonAdmitted with the content committed"
                + " through its SHA-256 key");
        return m;
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void everyTableIsCoveredOrDeclaredNotCustodyData() {
        Map<String, String> declared = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (RecordCoverage c : context.getBeansOfType(RecordCoverage.class).values()) {
            c.covered().forEach(t -> {
                if (declared.put(t.table(), "covered") != null) {
                    twice.add(t.table());
                }
            });
            c.notCustodyData().forEach(t -> {
                if (declared.put(t.table(), "not custody data: " + t.reason()) != null) {
                    twice.add(t.table());
                }
            });
        }
        List<String> tables = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') order by 1""")
                .query(String.class).list();
        List<String> undeclared = tables.stream()
                .filter(t -> !declared.containsKey(t) && !NOT_YET_COVERED.containsKey(t)).toList();
        assertThat(undeclared).as("""
                these tables are neither covered by the ledger nor declared not custody data. In the module that owns \
                each, implement org.custos.ledger.RecordCoverage (one bean per module): list the table in covered() \
                (primary key, excluded derived columns with reasons) and make every event that writes it name its \
                rows (CustodyEvent.writtenRows(), or RowsWritten from a listener), or list it in notCustodyData() \
                with the reason. See docs/ledger-entry-format.md, "Covering a table".""").isEmpty();
        assertThat(twice).as("tables declared by more than one module, or twice").isEmpty();
        assertThat(NOT_YET_COVERED.keySet()).as("listed as not yet covered but declared by a module: remove them here")
                .doesNotContainAnyElementsOf(declared.keySet());
        assertThat(declared.keySet()).as("declared tables that do not exist").isSubsetOf(tables);
    }
}
