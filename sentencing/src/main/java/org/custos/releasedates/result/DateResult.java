package org.custos.releasedates.result;

import java.time.LocalDate;
import java.util.List;

/**
 * A named date with its derivation.
 *
 * @param name   FULL_TERM, PROJECTED_RELEASE, CONDITIONAL_RELEASE, ... (see {@link DateNames})
 * @param date   null when the status says it does not apply (e.g. EXCLUDED)
 * @param status COMPUTED, EXCLUDED or ALERT
 */
public record DateResult(String name, LocalDate date, String status, List<DerivationLine> lines) {

    public DateResult {
        lines = List.copyOf(lines);
    }
}
