package org.custos.work.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers for the target of each session day from a target history. */
class ProductionTargetsTest {

    static final YearMonth NOV = YearMonth.of(2026, 11); // 30 days, Sundays 1, 8, 15, 22, 29

    @Test
    void aMonthTargetIsSharedBetweenTheSessionDaysAndAddsUpExactly() {
        // 150,000 pairs over 25 working days (Sunday rest): 6,000 a day
        Map<LocalDate, Long> days = ProductionTargets.daily(NOV, 7, List.of(new ProductionTargets.Target(
                LocalDate.of(2026, 1, 1), "MONTH", 150_000)));
        assertThat(days).hasSize(25).doesNotContainKey(LocalDate.of(2026, 11, 1));
        assertThat(days.get(LocalDate.of(2026, 11, 2))).isEqualTo(6_000);
        assertThat(ProductionTargets.month(NOV, 7, List.of(new ProductionTargets.Target(LocalDate.of(2026, 1, 1), "MONTH", 150_000))))
                .isEqualTo(150_000);
        // 100 over 30 days (no rest day): the remainder 10 goes to the first ten days
        Map<LocalDate, Long> even = ProductionTargets.daily(NOV, null, List.of(new ProductionTargets.Target(
                LocalDate.of(2026, 11, 1), "MONTH", 100)));
        assertThat(even.get(LocalDate.of(2026, 11, 1))).isEqualTo(4);
        assertThat(even.get(LocalDate.of(2026, 11, 10))).isEqualTo(4);
        assertThat(even.get(LocalDate.of(2026, 11, 11))).isEqualTo(3);
        assertThat(even.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
    }

    @Test
    void aSessionTargetCountsWholeOnEverySessionDayFromTheDayItIsInForce() {
        List<ProductionTargets.Target> history = List.of(
                new ProductionTargets.Target(LocalDate.of(2026, 11, 16), "SESSION", 1_200),
                new ProductionTargets.Target(LocalDate.of(2026, 10, 1), "SESSION", 1_000));
        Map<LocalDate, Long> days = ProductionTargets.daily(NOV, 7, history);
        assertThat(days.get(LocalDate.of(2026, 11, 14))).isEqualTo(1_000);
        assertThat(days.get(LocalDate.of(2026, 11, 16))).isEqualTo(1_200);
        // 12 session days at 1,000 (2-14 without Sunday 8) and 13 at 1,200 (16-30 without 22 and 29)
        assertThat(ProductionTargets.month(NOV, 7, history)).isEqualTo(12 * 1_000 + 13 * 1_200);
    }

    @Test
    void noTargetBeforeTheFirstIsInForceAndTheLaterSetOfTheSameDayWins() {
        List<ProductionTargets.Target> history = List.of(
                new ProductionTargets.Target(LocalDate.of(2026, 11, 20), "SESSION", 10),
                new ProductionTargets.Target(LocalDate.of(2026, 11, 20), "SESSION", 20));
        Map<LocalDate, Long> days = ProductionTargets.daily(NOV, null, history);
        assertThat(days).doesNotContainKey(LocalDate.of(2026, 11, 19));
        assertThat(days.get(LocalDate.of(2026, 11, 20))).isEqualTo(20);
        assertThat(ProductionTargets.month(NOV, null, history)).isEqualTo(11 * 20);
    }
}
