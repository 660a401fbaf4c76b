package org.custos.releasedates.calc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Legal public holidays, 5 U.S.C. 6103, with the observed-day rule (a Saturday holiday is observed on
 * the Friday before, a Sunday holiday on the Monday after). Juneteenth from 2021, MLK Day from 1986.
 */
public final class UsFederalHolidays {
    private UsFederalHolidays() {}

    public static boolean isHoliday(LocalDate d) {
        int y = d.getYear();
        return observed(LocalDate.of(y, 1, 1)).equals(d)
                || observed(LocalDate.of(y + 1, 1, 1)).equals(d)
                || (y >= 1986 && nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3).equals(d))
                || nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3).equals(d)
                || LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(d)
                || (y >= 2021 && observed(LocalDate.of(y, 6, 19)).equals(d))
                || observed(LocalDate.of(y, 7, 4)).equals(d)
                || nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1).equals(d)
                || nth(y, Month.OCTOBER, DayOfWeek.MONDAY, 2).equals(d)
                || observed(LocalDate.of(y, 11, 11)).equals(d)
                || nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).equals(d)
                || observed(LocalDate.of(y, 12, 25)).equals(d);
    }

    public static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The last weekday on or before {@code d} that is not a holiday. */
    public static LocalDate precedingWorkday(LocalDate d) {
        LocalDate r = d;
        while (isWeekend(r) || isHoliday(r)) r = r.minusDays(1);
        return r;
    }

    static LocalDate observed(LocalDate h) {
        return switch (h.getDayOfWeek()) {
            case SATURDAY -> h.minusDays(1);
            case SUNDAY -> h.plusDays(1);
            default -> h;
        };
    }

    private static LocalDate nth(int year, Month m, DayOfWeek dow, int n) {
        return LocalDate.of(year, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
