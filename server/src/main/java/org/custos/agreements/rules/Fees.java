package org.custos.agreements.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a billing period costs under an agreement's fee, in exact decimal arithmetic (Spring-free, pinned by
 * {@code FeesTest}'s known answers).
 *
 * <p>Day convention: a person is held on every day from the admission day (counted) to the release day (not
 * counted); a stay still open runs to the period's end. FIXED_PER_YEAR bills the annual amount pro rata of the
 * period's days over the days of its year (365 or 366) — one line; PER_PLACE_DAY bills each occupied place-day —
 * one line per person; PER_PERSON_MONTH bills each calendar month a person is held pro rata of its days
 * (held days / days of that month) — one line per person. An indexed fee multiplies the amount by
 * {@code indexValue / indexBaseValue}. Each line is rounded once, half up, to the currency's two decimals;
 * separately billed items (transport, medical, court costs) are added as they are; the total is the sum of the
 * rounded lines.
 */
public final class Fees {

    public static final List<String> MODELS = List.of("FIXED_PER_YEAR", "PER_PLACE_DAY", "PER_PERSON_MONTH");
    public static final List<String> SEPARATE_ITEMS = List.of("TRANSPORT", "MEDICAL", "COURT_COSTS");
    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** One person's stay: from the admission day, to the release day (null: still held). */
    public record Stay(String reference, LocalDate from, LocalDate to) {
    }

    /** A separately billed item: {@code kind} TRANSPORT, MEDICAL or COURT_COSTS. */
    public record Item(String kind, String reference, BigDecimal amount) {
    }

    /** A period [{@code from}, {@code to}) and the index value that applies to it (null when not indexed). */
    public record Period(LocalDate from, LocalDate to, BigDecimal indexValue) {
    }

    /** {@code quantity}: days (place-days, fixed), or months (person-months, to 6 decimals). */
    public record Line(String kind, String reference, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    public record Bill(String currency, long personDays, List<Line> lines, BigDecimal total) {
        public Bill {
            lines = List.copyOf(lines);
        }
    }

    private Fees() {
    }

    public static Bill compute(AgreementTerms.Fee fee, Period period, List<Stay> stays, List<Item> items) {
        BigDecimal unit = indexed(fee, period);
        List<Line> lines = new ArrayList<>();
        long personDays = 0;
        for (Stay s : stays) personDays += days(s, period.from(), period.to());
        switch (fee.model()) {
            case "FIXED_PER_YEAR" -> {
                long days = ChronoUnit.DAYS.between(period.from(), period.to());
                BigDecimal share = unit.multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(period.from().lengthOfYear()), EXACT);
                lines.add(new Line("CUSTODY", "FIXED", BigDecimal.valueOf(days), unit, cents(share)));
            }
            case "PER_PLACE_DAY" -> {
                for (Stay s : stays) {
                    long d = days(s, period.from(), period.to());
                    if (d > 0) lines.add(new Line("CUSTODY", s.reference(), BigDecimal.valueOf(d), unit,
                            cents(unit.multiply(BigDecimal.valueOf(d)))));
                }
            }
            case "PER_PERSON_MONTH" -> {
                for (Stay s : stays) {
                    BigDecimal months = personMonths(s, period);
                    if (months.signum() > 0) lines.add(new Line("CUSTODY", s.reference(),
                            months.setScale(6, RoundingMode.HALF_UP), unit, cents(unit.multiply(months))));
                }
            }
            default -> throw new IllegalArgumentException("fee model " + fee.model());
        }
        for (Item i : items) lines.add(new Line(i.kind(), i.reference(), BigDecimal.ONE, i.amount(), cents(i.amount())));
        BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Bill(fee.currency(), personDays, lines, total);
    }

    /** Days of {@code s} held within [from, to): admission day counted, release day not. */
    public static long days(Stay s, LocalDate from, LocalDate to) {
        LocalDate start = s.from().isAfter(from) ? s.from() : from;
        LocalDate end = s.to() == null || s.to().isAfter(to) ? to : s.to();
        return Math.max(0, ChronoUnit.DAYS.between(start, end));
    }

    private static BigDecimal personMonths(Stay s, Period p) {
        BigDecimal months = BigDecimal.ZERO;
        for (LocalDate m = p.from().withDayOfMonth(1); m.isBefore(p.to()); m = m.plusMonths(1)) {
            LocalDate from = m.isBefore(p.from()) ? p.from() : m;
            LocalDate next = m.plusMonths(1);
            LocalDate to = next.isAfter(p.to()) ? p.to() : next;
            long d = days(s, from, to);
            if (d > 0) months = months.add(BigDecimal.valueOf(d).divide(BigDecimal.valueOf(m.lengthOfMonth()), EXACT));
        }
        return months;
    }

    private static BigDecimal indexed(AgreementTerms.Fee fee, Period p) {
        if (fee.index() == null || fee.index().isBlank()) return fee.amount();
        if (p.indexValue() == null) throw new IllegalArgumentException("indexed fee without an index value");
        return fee.amount().multiply(p.indexValue()).divide(fee.indexBaseValue(), EXACT);
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
