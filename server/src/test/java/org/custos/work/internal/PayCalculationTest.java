package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers for a month's earnings, worked by hand to the cent. */
class PayCalculationTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static PayCalculation.Session attended(int day, String hours, long good, int attendees) {
        return new PayCalculation.Session(LocalDate.of(2026, 11, day), "ATTENDED", d(hours), d("8"), good, attendees);
    }

    static final List<PayCalculation.Deduction> SAVINGS = List.of(new PayCalculation.Deduction("SAVINGS", d("20")));

    @Test
    void sessionsProRataPiecesSharedBonusesAndEveryDeduction() {
        List<PayCalculation.Rate> rates = List.of(
                new PayCalculation.Rate(LocalDate.of(2026, 1, 1), null, d("4.00"), d("0.05")),
                new PayCalculation.Rate(LocalDate.of(2026, 11, 16), null, d("4.50"), d("0.05")));
        List<PayCalculation.Session> sessions = List.of(
                attended(2, "8", 1200, 100),   // 4.00 + 0.05 × 1200 / 100 = 4.00 + 0.60
                attended(3, "6", 1000, 80),    // 4.00 × 6/8 = 3.00; 0.05 × 1000 / 80 = 0.625
                new PayCalculation.Session(LocalDate.of(2026, 11, 4), "SICK", d("0"), d("8"), 900, 90), // nothing
                attended(16, "8", 0, 90),      // 4.50
                new PayCalculation.Session(LocalDate.of(2026, 11, 17), "REFUSED", d("0"), d("8"), 500, 50));
        PayCalculation.Result r = PayCalculation.compute(true, "A", rates, sessions,
                List.of(new PayCalculation.Bonus("Meta cumplida", d("2.50"))),
                List.of(new PayCalculation.Deduction("SAVINGS", d("20")), new PayCalculation.Deduction("FAMILY", d("12.5"))));
        assertThat(r.paid()).isTrue();
        assertThat(r.sessionsPaid()).isEqualTo(3);
        assertThat(r.hours()).isEqualByComparingTo("22");
        assertThat(r.base()).isEqualTo(d("11.50"));      // 4.00 + 3.00 + 4.50
        assertThat(r.pieces()).isEqualTo(d("1.23"));     // 0.60 + 0.625 = 1.225 → 1.23 (half up)
        assertThat(r.bonuses()).isEqualTo(d("2.50"));
        assertThat(r.gross()).isEqualTo(d("15.23"));
        assertThat(r.deductions()).containsExactly(new PayCalculation.Line("SAVINGS", d("3.05")),  // 3.046
                new PayCalculation.Line("FAMILY", d("1.90")));  // 1.90375
        assertThat(r.net()).isEqualTo(d("10.28"));
    }

    @Test
    void theBandsOwnRateWinsOverTheGeneralOneFromItsFirstDay() {
        List<PayCalculation.Rate> rates = List.of(
                new PayCalculation.Rate(LocalDate.of(2026, 1, 1), null, d("4.00"), null),
                new PayCalculation.Rate(LocalDate.of(2026, 11, 10), "B", d("5.00"), null));
        List<PayCalculation.Session> s = List.of(attended(9, "8", 0, 1), attended(10, "8", 0, 1));
        assertThat(PayCalculation.compute(true, "B", rates, s, List.of(), SAVINGS).gross()).isEqualTo(d("9.00"));
        assertThat(PayCalculation.compute(true, "A", rates, s, List.of(), SAVINGS).gross()).isEqualTo(d("8.00"));
        assertThat(PayCalculation.compute(true, null, rates, s, List.of(), SAVINGS).net()).isEqualTo(d("6.40"));
    }

    @Test
    void anUnpaidProgrammeEarnsNothingWhateverTheAttendance() {
        PayCalculation.Result r = PayCalculation.compute(false, "A",
                List.of(new PayCalculation.Rate(LocalDate.of(2026, 1, 1), null, d("4.00"), null)),
                List.of(attended(2, "8", 0, 1)), List.of(new PayCalculation.Bonus("x", d("1"))), SAVINGS);
        assertThat(r.paid()).isFalse();
        assertThat(r.gross()).isEqualTo(d("0.00"));
        assertThat(r.deductions()).isEmpty();
    }

    @Test
    void noRateInForceBeforeTheFirstPaysNothingForThoseDays() {
        List<PayCalculation.Rate> rates = List.of(new PayCalculation.Rate(LocalDate.of(2026, 11, 20), null, d("3.33"), null));
        PayCalculation.Result r = PayCalculation.compute(true, "A", rates,
                List.of(attended(19, "8", 0, 1), attended(20, "4", 0, 1)), List.of(), List.of());
        assertThat(r.sessionsPaid()).isEqualTo(1);
        assertThat(r.gross()).isEqualTo(d("1.67")); // 3.33 × 4/8 = 1.665 → 1.67
        assertThat(r.net()).isEqualTo(d("1.67"));
    }
}
