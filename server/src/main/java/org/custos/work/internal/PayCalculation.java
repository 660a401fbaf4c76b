package org.custos.work.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's earnings of a month in a programme, from attendance alone (Ley Penitenciaria art. 109; Mandela
 * Rules 103). Spring-free, exact decimals.
 *
 * <ul>
 *   <li>An unpaid programme (domestic service of the centre, rehabilitation and study: art. 109) earns nothing,
 *       and says so ({@link Result#paid()} false).</li>
 *   <li>Each ATTENDED session earns the session rate in force that day for the person's pay band (a rate without
 *       a band applies to every band; a rate for the band wins over it), pro rata to the hours attended over the
 *       session's length. No other outcome earns anything.</li>
 *   <li>A piece rate pays for the session's good units (made less rejects), shared equally by those who
 *       attended it.</li>
 *   <li>Bonuses are added as given. Gross = base + pieces + bonuses, each rounded to the cent (half up).</li>
 *   <li>Each deduction is its percentage of the gross rounded to the cent (half up); net = gross − deductions.</li>
 * </ul>
 */
public final class PayCalculation {

    /** A rate from {@code validFrom} on; {@code band} null: every band. Amounts in the currency's units. */
    public record Rate(LocalDate validFrom, String band, BigDecimal perSession, BigDecimal pieceRate) {
    }

    /** One attendance record; {@code goodUnits}/{@code attendees}: the session's production and how many attended. */
    public record Session(LocalDate date, String outcome, BigDecimal hours, BigDecimal sessionHours, long goodUnits,
                          int attendees) {
    }

    public record Bonus(String reason, BigDecimal amount) {
    }

    /** A deduction: its code (SAVINGS, FAMILY, …) and percentage of the gross. */
    public record Deduction(String code, BigDecimal percent) {
    }

    public record Line(String code, BigDecimal amount) {
    }

    public record Result(boolean paid, int sessionsPaid, BigDecimal hours, BigDecimal base, BigDecimal pieces,
                         BigDecimal bonuses, BigDecimal gross, List<Line> deductions, BigDecimal net) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayCalculation() {
    }

    public static Result compute(boolean paid, String band, List<Rate> rates, List<Session> sessions, List<Bonus> bonuses,
                                 List<Deduction> deductions) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (!paid) return new Result(false, 0, BigDecimal.ZERO, zero, zero, zero, zero, List.of(), zero);
        List<Rate> sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.comparing(Rate::validFrom));
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal pieces = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        int count = 0;
        for (Session s : sessions) {
            if (!"ATTENDED".equals(s.outcome()) || s.hours() == null || s.hours().signum() <= 0) continue;
            Rate r = inForce(sorted, band, s.date());
            if (r == null) continue;
            count++;
            hours = hours.add(s.hours());
            if (r.perSession() != null) {
                base = base.add(r.perSession().multiply(s.hours()).divide(s.sessionHours(), 10, RoundingMode.HALF_UP));
            }
            if (r.pieceRate() != null && s.attendees() > 0) {
                pieces = pieces.add(r.pieceRate().multiply(BigDecimal.valueOf(s.goodUnits()))
                        .divide(BigDecimal.valueOf(s.attendees()), 10, RoundingMode.HALF_UP));
            }
        }
        BigDecimal b = base.setScale(2, RoundingMode.HALF_UP);
        BigDecimal p = pieces.setScale(2, RoundingMode.HALF_UP);
        BigDecimal bonus = bonuses.stream().map(Bonus::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal gross = b.add(p).add(bonus);
        List<Line> lines = new ArrayList<>();
        BigDecimal taken = BigDecimal.ZERO;
        for (Deduction d : deductions) {
            BigDecimal amount = gross.multiply(d.percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            lines.add(new Line(d.code(), amount));
            taken = taken.add(amount);
        }
        return new Result(true, count, hours.stripTrailingZeros(), b, p, bonus, gross, List.copyOf(lines), gross.subtract(taken));
    }

    /** The rate in force on the day for the band: the latest from on or before it, the band's own over a general one. */
    static Rate inForce(List<Rate> sorted, String band, LocalDate day) {
        Rate general = null;
        Rate own = null;
        for (Rate r : sorted) {
            if (r.validFrom().isAfter(day)) continue;
            if (r.band() == null) general = r;
            else if (r.band().equals(band)) own = r;
        }
        return own != null ? own : general;
    }
}
