package org.custos.agreements.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers of {@link Fees}, each derived by hand in its comment. */
class FeesTest {

    private static AgreementTerms.Fee fee(String model, String amount, String currency) {
        return new AgreementTerms.Fee(model, new BigDecimal(amount), currency, null, null, null);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Fees.Period month(String first, String next) {
        return new Fees.Period(d(first), d(next), null);
    }

    @Test
    void placeDaysCountTheAdmissionDayAndNotTheReleaseDay() {
        // USD 43.47 a place-day, March 2025. A: from 16 March, still held: 16..31 = 16 days = 695.52.
        // B: 16 to 20 March: 16, 17, 18, 19 = 4 days = 173.88. C: released 1 March: 0 days, no line.
        // D: admitted and released on 20 March: 0 days. Total 20 days = 869.40.
        Fees.Bill bill = Fees.compute(fee("PER_PLACE_DAY", "43.47", "USD"), month("2025-03-01", "2025-04-01"), List.of(
                new Fees.Stay("A", d("2025-03-16"), null), new Fees.Stay("B", d("2025-03-16"), d("2025-03-20")),
                new Fees.Stay("C", d("2025-02-10"), d("2025-03-01")), new Fees.Stay("D", d("2025-03-20"), d("2025-03-20"))),
                List.of());
        assertThat(bill.personDays()).isEqualTo(20);
        assertThat(bill.lines()).extracting(Fees.Line::reference, Fees.Line::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", new BigDecimal("695.52")),
                org.assertj.core.groups.Tuple.tuple("B", new BigDecimal("173.88")));
        assertThat(bill.total()).isEqualByComparingTo("869.40");
        assertThat(bill.currency()).isEqualTo("USD");
    }

    @Test
    void personMonthsAreProratedByTheDaysOfEachMonth() {
        // EUR 8,500 a person-month (Sweden-Estonia), February 2026 (28 days). A whole month: 8,500.00.
        // B from 15 Feb: 15..28 = 14 days, 14/28 = 0.5 month = 4,250.00. C 20 Jan to 10 Feb: 1..9 Feb = 9 days,
        // 8,500 x 9 / 28 = 2,732.142857... = 2,732.14. Total 15,482.14.
        Fees.Bill bill = Fees.compute(fee("PER_PERSON_MONTH", "8500", "EUR"), month("2026-02-01", "2026-03-01"), List.of(
                new Fees.Stay("A", d("2025-12-01"), null), new Fees.Stay("B", d("2026-02-15"), null),
                new Fees.Stay("C", d("2026-01-20"), d("2026-02-10"))), List.of());
        assertThat(bill.lines()).extracting(Fees.Line::amount).containsExactly(new BigDecimal("8500.00"),
                new BigDecimal("4250.00"), new BigDecimal("2732.14"));
        assertThat(bill.lines().get(2).quantity()).isEqualByComparingTo("0.321429");
        assertThat(bill.total()).isEqualByComparingTo("15482.14");
    }

    @Test
    void aPeriodOfTwoMonthsProratesEachMonthByItsOwnLength() {
        // From 17 Jan 2026, January and February: 15/31 + 28/28 months; 8,500 x 15/31 = 4,112.903225...,
        // plus 8,500 = 12,612.903225... rounded once = 12,612.90.
        Fees.Bill bill = Fees.compute(fee("PER_PERSON_MONTH", "8500", "EUR"), month("2026-01-01", "2026-03-01"),
                List.of(new Fees.Stay("A", d("2026-01-17"), null)), List.of());
        assertThat(bill.total()).isEqualByComparingTo("12612.90");
        assertThat(bill.personDays()).isEqualTo(43);
    }

    @Test
    void aFixedAnnualFeeIsProratedAndSeparatelyBilledItemsAreAdded() {
        // Tilburg: EUR 30,000,000 a year, January 2011: 30,000,000 x 31 / 365 = 2,547,945.205... = 2,547,945.21;
        // transport 12,400.00 and medical 3,250.50 billed separately: total 2,563,595.71.
        Fees.Bill bill = Fees.compute(fee("FIXED_PER_YEAR", "30000000", "EUR"), month("2011-01-01", "2011-02-01"),
                List.of(new Fees.Stay("A", d("2010-12-01"), null)), List.of(
                        new Fees.Item("TRANSPORT", "court escort 2011-01-12", new BigDecimal("12400.00")),
                        new Fees.Item("MEDICAL", "hospital 2011-01-20", new BigDecimal("3250.50"))));
        assertThat(bill.lines()).extracting(Fees.Line::amount).containsExactly(new BigDecimal("2547945.21"),
                new BigDecimal("12400.00"), new BigDecimal("3250.50"));
        assertThat(bill.total()).isEqualByComparingTo("2563595.71");
    }

    @Test
    void anIndexedFeeMovesWithTheIndexInALeapYear() {
        // Norgerhaven: EUR 25,500,000 a year at index 100.0 (2015-09-01); index 102.3 for October 2016 (2016 has
        // 366 days): 25,500,000 x 1.023 x 31 / 366 = 808,681,500 / 366 = 2,209,512.2950... = 2,209,512.30.
        AgreementTerms.Fee indexed = new AgreementTerms.Fee("FIXED_PER_YEAR", new BigDecimal("25500000"), "EUR",
                "CPI-NO", d("2015-09-01"), new BigDecimal("100.0"));
        Fees.Bill bill = Fees.compute(indexed, new Fees.Period(d("2016-10-01"), d("2016-11-01"), new BigDecimal("102.3")),
                List.of(), List.of());
        assertThat(bill.total()).isEqualByComparingTo("2209512.30");
    }

    @Test
    void decimalArithmeticIsExactWhereDoublesAreNot() {
        // 0.10 a place-day x 3 persons x 1 day: 0.30 exactly (0.1 + 0.1 + 0.1 in double is 0.30000000000000004).
        Fees.Bill bill = Fees.compute(fee("PER_PLACE_DAY", "0.10", "USD"), month("2025-03-01", "2025-03-02"), List.of(
                new Fees.Stay("A", d("2025-03-01"), null), new Fees.Stay("B", d("2025-03-01"), null),
                new Fees.Stay("C", d("2025-03-01"), null)), List.of());
        assertThat(bill.total()).isEqualTo(new BigDecimal("0.30"));
    }
}
