package org.custos.sentencing.internal;

import java.util.List;
import org.custos.ledger.RecordCoverage;
import org.springframework.stereotype.Component;

/**
 * The sentencing module's tables for the ledger's record commitment and audit (docs/ledger-entry-format.md). The
 * revisions are named by the event that appends them (by record id, or person for flags and provisional
 * detention), {@code credit_day} with its credit, {@code sentencing_person} by the registry's and movements' events
 * it follows ({@code RowsWritten}).
 */
@Component
class SentencingCoverage implements RecordCoverage {

    @Override
    public List<CoveredTable> covered() {
        return List.of(CoveredTable.keyed("sentencing_person", "person_id"), CoveredTable.keyed("sentence_rev", "rev"),
                CoveredTable.keyed("custody_interval_rev", "rev"), CoveredTable.keyed("credit_rev", "rev"),
                CoveredTable.keyed("disallowance_rev", "rev"), CoveredTable.keyed("person_flags_rev", "rev"),
                CoveredTable.keyed("pretrial_rev", "rev"),
                CoveredTable.keyed("credit_day", "person_id", "kind", "activity_date"));
    }

    @Override
    public List<NotCustodyData> notCustodyData() {
        return List.of(
                new NotCustodyData("release_dates", "derived: the engine's latest computation from the covered records"
                        + " (the revision tables and sentencing_person), the engine version, the rule set and the day;"
                        + " replaced for every person by each population recomputation (nightly and at start when the"
                        + " rules change) without a fact of its own changing. Each computation that moves a person's"
                        + " dates is announced by ReleaseDatesRecomputed, whose committed payload holds the new and the"
                        + " previous release date, and the dates can be computed again from the covered records"),
                new NotCustodyData("recompute_job", "the progress of a population recomputation (reason, who asked,"
                        + " status, counters raised by every batch): a work queue about a run of the engine; what the"
                        + " run changes in a person's dates is release_dates, above"),
                new NotCustodyData("recompute_change", "the report of a population recomputation: the old and new value"
                        + " of each date that moved, per person (release_dates before and after the run, derived as"
                        + " release_dates is; the release date's move is also in each ReleaseDatesRecomputed entry)"));
    }
}
