package org.custos.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Exponential back-off of password checks, per account and client address, per client address, per
 * account for clients that never signed in to it, and per account for the current-password check of a
 * password change. An attempt reserves its slot in every counter that applies <em>before</em> the
 * password is checked ({@link ConcurrentHashMap#compute} is atomic per key): attempts beyond the free
 * budget wait for the verdicts of those being checked — refused without a check if those failed, checked in
 * turn if they succeeded — so thirty parallel guesses cost a handful of checks while parallel requests with
 * the right password all pass. Counters live in memory, per server instance; clients known
 * to an account ({@link KnownClients}) and back-offs ({@link Lockouts}) are in the database.
 */
@Component
class SignInThrottle {

    enum Scope { ACCOUNT_CLIENT, ACCOUNT, CLIENT, PASSWORD_CHANGE }

    record Key(Scope scope, String account, String client) {
    }

    /** The counters an attempt holds a slot in; hand it back with one of the three outcomes. */
    record Attempt(String account, String client, List<Key> keys) {
    }

    private static final int PURGE_ABOVE = 100_000;
    /** How long an attempt beyond the free budget waits for the verdicts of those being checked. */
    private static final Duration WAIT_FOR_VERDICTS = Duration.ofSeconds(15);
    private final ConcurrentHashMap<Key, Backoff> counters = new ConcurrentHashMap<>();
    private final Backoff.Rule accountRule;
    private final Backoff.Rule clientRule;
    private final KnownClients known;
    private final Lockouts lockouts;
    private final Clock clock;

    SignInThrottle(@Value("${custos.security.sign-in.free-attempts:5}") int free,
                   @Value("${custos.security.sign-in.client-free-attempts:30}") int clientFree,
                   @Value("${custos.security.sign-in.back-off-base:1s}") Duration base,
                   @Value("${custos.security.sign-in.back-off-max:15m}") Duration max,
                   @Value("${custos.security.sign-in.forget-after:24h}") Duration forgetAfter,
                   KnownClients known, Lockouts lockouts, Clock clock) {
        this.accountRule = new Backoff.Rule(free, base, max, forgetAfter);
        this.clientRule = new Backoff.Rule(clientFree, base, max, forgetAfter);
        this.known = known;
        this.lockouts = lockouts;
        this.clock = clock;
    }

    /** A sign-in with a password; refused with the wait if any counter that applies is backing off. */
    Attempt signIn(String username, String client) {
        String account = normalise(username);
        List<Key> keys = new ArrayList<>();
        reserve(new Key(Scope.CLIENT, null, ClientAddress.network(client)), keys);
        reserve(new Key(Scope.ACCOUNT_CLIENT, account, client), keys);
        boolean isKnown;
        try {
            isKnown = known.isKnown(account, client);
        } catch (RuntimeException e) {
            keys.forEach(this::refund);
            throw e;
        }
        if (!isKnown) {
            reserve(new Key(Scope.ACCOUNT, account, null), keys);
        }
        return new Attempt(account, client, List.copyOf(keys));
    }

    /** The check of the current password when changing it. */
    Attempt passwordChange(String username, String client) {
        List<Key> keys = new ArrayList<>();
        String account = normalise(username);
        reserve(new Key(Scope.PASSWORD_CHANGE, account, null), keys);
        return new Attempt(account, client, List.copyOf(keys));
    }

    void failed(Attempt a) {
        Instant now = clock.instant();
        for (Key k : a.keys()) {
            Backoff b = counters.computeIfPresent(k, (key, c) -> c.failed(now, rule(key)));
            if (b != null && b.blockedUntil() != null) {
                lockouts.record(k.scope(), a.account(), k.client() == null ? a.client() : k.client(), b.failures(),
                        Duration.between(now, b.blockedUntil()), b.blockedUntil());
            }
        }
        if (counters.size() > PURGE_ABOVE) {
            counters.entrySet().removeIf(e -> e.getValue().forgotten(now, rule(e.getKey())));
        }
    }

    /** The password was right: the account's counters start again, the address's gets its slot back. */
    void succeeded(Attempt a) {
        for (Key k : a.keys()) {
            if (k.scope() == Scope.CLIENT) {
                counters.computeIfPresent(k, (key, c) -> c.refund());
            } else {
                counters.computeIfPresent(k, (key, c) -> c.checking() <= 1 ? null
                        : new Backoff(0, c.checking() - 1, null, null));
            }
        }
        if (a.keys().stream().anyMatch(k -> k.scope() == Scope.ACCOUNT_CLIENT)) {
            known.remember(a.account(), a.client());
        }
    }

    /** The attempt ended without a verdict on the password (e.g. a disabled account). */
    void abandoned(Attempt a) {
        a.keys().forEach(this::refund);
    }

    private void reserve(Key key, List<Key> held) {
        long deadline = System.nanoTime() + WAIT_FOR_VERDICTS.toNanos();
        while (true) {
            Instant now = clock.instant();
            Instant[] refusedUntil = new Instant[1];
            boolean[] waits = new boolean[1];
            counters.compute(key, (k, c) -> {
                Backoff current = c == null ? Backoff.NONE : c;
                if (current.blocks(now)) {
                    refusedUntil[0] = current.blockedUntil();
                    return c;
                }
                if (current.mustWait(now, rule(k))) {
                    waits[0] = true;
                    return c;
                }
                return current.reserve(now, rule(k));
            });
            if (refusedUntil[0] == null && !waits[0]) {
                held.add(key);
                return;
            }
            if (refusedUntil[0] != null || System.nanoTime() > deadline) {
                held.forEach(this::refund);
                long seconds = refusedUntil[0] == null ? 1
                        : Math.max(1, (Duration.between(now, refusedUntil[0]).toMillis() + 999) / 1000);
                throw new SignInThrottledException(seconds);
            }
            try {
                Thread.sleep(20); // the attempts being checked decide whether this one may be
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                held.forEach(this::refund);
                throw new SignInThrottledException(1);
            }
        }
    }

    private void refund(Key key) {
        counters.computeIfPresent(key, (k, c) -> c.refund());
    }

    private Backoff.Rule rule(Key key) {
        return key.scope() == Scope.CLIENT ? clientRule : accountRule;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
