package org.custos.releasedates.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The versions of one rule, sorted by effective date, with an index for favourable retroactivity:
 * {@code favourable[i]} is the version whose parameters apply to conduct under version i when a later,
 * more favourable version applies retroactively (only where the rule set says so).
 */
public final class RuleTimeline {
    private final String rule;
    private final SelectBy selectBy;
    private final boolean retroactiveIfFavourable;
    private final RuleVersion[] versions;
    private final long[] epochDays;

    public RuleTimeline(String rule, SelectBy selectBy, boolean retroactiveIfFavourable, List<RuleVersion> sorted) {
        if (sorted.isEmpty()) throw new IllegalArgumentException("rule " + rule + " has no versions");
        this.rule = rule;
        this.selectBy = selectBy;
        this.retroactiveIfFavourable = retroactiveIfFavourable;
        this.versions = sorted.toArray(RuleVersion[]::new);
        this.epochDays = new long[versions.length];
        for (int i = 0; i < versions.length; i++) {
            epochDays[i] = versions[i].effectiveFrom().toEpochDay();
            if (i > 0 && epochDays[i] <= epochDays[i - 1])
                throw new IllegalArgumentException("rule " + rule + ": versions not in strictly increasing date order");
        }
    }

    public String rule() {
        return rule;
    }

    public SelectBy selectBy() {
        return selectBy;
    }

    public boolean retroactiveIfFavourable() {
        return retroactiveIfFavourable;
    }

    /** Index of the version in force on the day (epoch day), or -1 before the first version. */
    public int indexAt(long epochDay) {
        int lo = 0, hi = epochDays.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (epochDays[mid] <= epochDay) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The version in force on the date, or null before the first version. Null date: the latest. */
    public RuleVersion at(LocalDate date) {
        if (date == null) return versions[versions.length - 1];
        int i = indexAt(date.toEpochDay());
        return i < 0 ? null : versions[i];
    }

    public RuleVersion version(int index) {
        return versions[index];
    }

    public int size() {
        return versions.length;
    }

    /** First day of the version after {@code index}, as an epoch day (Long.MAX_VALUE for the last). */
    public long endExclusive(int index) {
        return index + 1 < epochDays.length ? epochDays[index + 1] : Long.MAX_VALUE;
    }

    public long startInclusive(int index) {
        return epochDays[index];
    }
}
