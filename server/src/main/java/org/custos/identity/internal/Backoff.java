package org.custos.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One failure counter: how many failed attempts, the last one, and until when the next attempt is
 * refused. The first {@code free} failures cost nothing; from then on each failure blocks the next
 * attempt for {@code base × 2^(failures − free)}, at most {@code max}. A counter with no failure for
 * {@code forgetAfter} starts again from zero.
 */
record Backoff(int failures, Instant lastFailure, Instant blockedUntil) {

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

    static final Backoff NONE = new Backoff(0, null, null);

    boolean blocks(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Counts an attempt in advance, as if it failed, so that parallel attempts see it at once. */
    Backoff reserve(Instant now, Rule rule) {
        int base = lastFailure != null && Duration.between(lastFailure, now).compareTo(rule.forgetAfter()) > 0
                ? 0 : failures;
        return at(base + 1, now, rule);
    }

    /** The reserved attempt failed: the back-off runs from the end of the check. */
    Backoff failed(Instant now, Rule rule) {
        return at(failures, now, rule);
    }

    /** Gives a reserved attempt back (it succeeded, or was never checked). */
    Backoff refund(Rule rule) {
        int n = Math.max(0, failures - 1);
        return new Backoff(n, lastFailure, n < rule.free() ? null : blockedUntil);
    }

    boolean forgotten(Instant now, Rule rule) {
        return !blocks(now) && (failures == 0 || lastFailure == null
                || Duration.between(lastFailure, now).compareTo(rule.forgetAfter()) > 0);
    }

    private static Backoff at(int failures, Instant now, Rule rule) {
        Duration d = rule.delay(failures);
        return new Backoff(failures, now, d.isZero() ? null : now.plus(d));
    }
}
