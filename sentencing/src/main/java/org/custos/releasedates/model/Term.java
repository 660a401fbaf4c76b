package org.custos.releasedates.model;

import java.time.LocalDate;

/** The imposed term. Month addition clamps to the month end (31 Jan + 1 month = 29 Feb in a leap year). */
public record Term(int years, int months, int weeks, int days) {

    public static Term of(int years, int months, int days) {
        return new Term(years, months, 0, days);
    }

    /** Full term (sentence expiry): the start day counts as day 1. */
    public LocalDate fullTerm(LocalDate start) {
        return start.plusYears(years).plusMonths(months).plusWeeks(weeks).plusDays(days).minusDays(1);
    }

    public boolean anyNegative() {
        return years < 0 || months < 0 || weeks < 0 || days < 0;
    }

    @Override
    public String toString() {
        return years + "y " + months + "m " + (weeks == 0 ? "" : weeks + "w ") + days + "d";
    }
}
