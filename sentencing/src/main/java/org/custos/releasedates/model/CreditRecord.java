package org.custos.releasedates.model;

import java.time.LocalDate;

/**
 * A certified activity. Either {@code days} (activity days) or {@code hours} is given.
 *
 * @param date              the day worked / studied, or the first day of a period certificate
 * @param regime            penitentiary regime on that date (Peru ratios), else null
 * @param holidayAuthorised Sunday/holiday work authorised (Colombia)
 */
public record CreditRecord(
        String id,
        String sentenceId,
        CreditKind kind,
        LocalDate date,
        Integer days,
        Integer hours,
        String regime,
        boolean holidayAuthorised,
        Approval approval) {}
