package org.custos.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One failure counter: how many failed attempts, how many are being checked now, the last failure, and until
 * when the next attempt is refused. The first {@code free} failures cost nothing; from then on each failure
 * blocks the next attempt for {@code base × 2^(failures − free)}, at most {@code max}. A counter with no failure
 * for {@code forgetAfter} starts again from zero. Attempts being checked count against the free budget, so that
 * thirty parallel guesses are not all checked; the ones beyond it wait for those verdicts instead of being
 * refused, so that parallel requests with the right password all pass.
 */
record Backoff(int failures, int checking, Instant lastFailure, Instant blockedUntil) {

    record Rule(int free, Duration base, Duration max, Duration forgetAfter) {

        Duration delay(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration d = base.multipliedBy(1L << doublings);
            return d.compareTo(max) > 0 ? max : d;
        }
    }

    static final Backoff NONE = new Backoff(0, 0, null, null);

    boolean blocks(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** True if an attempt now must wait for the verdicts of the ones being checked. */
    boolean mustWait(Instant now, Rule rule) {
        return checking > 0 && current(now, rule) + checking >= Math.max(1, rule.free());
    }

    /** Counts an attempt being checked. */
    Backoff reserve(Instant now, Rule rule) {
        return new Backoff(current(now, rule), checking + 1, lastFailure, blockedUntil);
    }

    /** The attempt failed: the back-off runs from the end of the check. */
    Backoff failed(Instant now, Rule rule) {
        int n = current(now, rule) + 1;
        Duration d = rule.delay(n);
        return new Backoff(n, Math.max(0, checking - 1), now, d.isZero() ? null : now.plus(d));
    }

    /** The attempt ended without a failure (it succeeded, or was never checked). */
    Backoff refund() {
        return new Backoff(failures, Math.max(0, checking - 1), lastFailure, blockedUntil);
    }

    boolean forgotten(Instant now, Rule rule) {
        return checking == 0 && !blocks(now) && (failures == 0 || lastFailure == null
                || Duration.between(lastFailure, now).compareTo(rule.forgetAfter()) > 0);
    }

    private int current(Instant now, Rule rule) {
        return lastFailure != null && Duration.between(lastFailure, now).compareTo(rule.forgetAfter()) > 0 ? 0 : failures;
    }
}
