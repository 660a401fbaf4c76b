package org.custos.releasedates.calc;

import java.time.LocalDate;

/**
 * Epoch days of a run of dates that mostly fall in the same month as the previous one (daily work
 * records): the first date of a month pays for {@link LocalDate#toEpochDay()}, the rest are one add.
 * One instance per loop; not thread-safe.
 */
final class EpochDays {
    private int year = Integer.MIN_VALUE;
    private int month;
    private long monthBase;

    long of(LocalDate d) {
        int y = d.getYear(), m = d.getMonthValue();
        if (y != year || m != month) {
            year = y;
            month = m;
            monthBase = d.toEpochDay() - d.getDayOfMonth();
        }
        return monthBase + d.getDayOfMonth();
    }
}
