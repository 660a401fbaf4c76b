package org.custos.releasedates.model;

import java.time.LocalDate;

/**
 * One sentence imposed by a court of one jurisdiction.
 *
 * @param jurisdiction rule-set id (SV, US, CO, PE): the sentencing state's law, never the host's
 * @param startDate    commencement; ignored for a sentence consecutive to another (it starts the
 *                     day after the full term of the sentence it follows)
 * @param relatedTo    id of the sentence it is concurrent with or consecutive to, or null
 * @param exclusionReview the judge's reasoned decision on redención where the offence is listed as
 *                     excluded (El Salvador); null while pending
 */
public record Sentence(
        String id,
        String jurisdiction,
        Offence offence,
        Term term,
        LocalDate startDate,
        LocalDate offenceDate,
        Relation relation,
        String relatedTo,
        JudicialReview exclusionReview) {

    public boolean consecutive() {
        return relation == Relation.CONSECUTIVE;
    }
}
