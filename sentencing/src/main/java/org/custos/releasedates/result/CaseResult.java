package org.custos.releasedates.result;

import java.time.LocalDate;
import java.util.List;

/**
 * Engine output for one person.
 *
 * @param release the latest projected release over all terms (the person leaves when every term
 *                is served), or null without sentences
 */
public record CaseResult(String engineVersion, LocalDate release, List<TermResult> terms,
                         List<PretrialResult> pretrial) {

    public CaseResult {
        terms = List.copyOf(terms);
        pretrial = List.copyOf(pretrial);
    }
}
