package org.custos.releasedates.calc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.custos.releasedates.model.CustodyInterval;

/**
 * Custody before the start of a chain, credited once: overlapping intervals of the chain are merged
 * and days on or after the start are not counted (they are already time served under the sentence).
 */
public final class CustodyCredit {
    private CustodyCredit() {}

    public static long days(List<CustodyInterval> custody, Set<String> sentenceIds, LocalDate start) {
        List<CustodyInterval> mine = new ArrayList<>();
        for (CustodyInterval c : custody) if (sentenceIds.contains(c.sentenceId())) mine.add(c);
        if (mine.isEmpty()) return 0;
        mine.sort(Comparator.comparing(CustodyInterval::from));
        long limit = start.toEpochDay() - 1, total = 0, covered = Long.MIN_VALUE;
        for (CustodyInterval c : mine) {
            long from = Math.max(c.from().toEpochDay(), covered + 1);
            long to = Math.min(c.to().toEpochDay(), limit);
            if (to >= from) total += to - from + 1;
            covered = Math.max(covered, c.to().toEpochDay());
        }
        return total;
    }
}
