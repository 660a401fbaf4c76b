package org.custos.sentencing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The attendance behind a person's certified work credits, for the sentence page. A port: the work module, which
 * keeps the attendance and the judge's certifications, implements it, so sentencing shows the evidence without
 * depending on work. The caller has already checked that the reader may see the person's sentence page.
 */
public interface CreditEvidence {

    /**
     * One certified month of one programme: the days credited (still approved) and reversed since, and the
     * attendance of that month behind them — days attended, hours attended, absences (sick, refused, clash, other).
     */
    record CertifiedMonth(YearMonth month, String programmeCode, String programmeName, String kind, int daysCredited,
                          int daysReversed, int daysAttended, BigDecimal hoursAttended, int absences, String constancia,
                          OffsetDateTime certifiedAt) {
    }

    /** The person's approved certifications, newest month first (empty when none). */
    List<CertifiedMonth> certifiedMonths(UUID personId);
}
