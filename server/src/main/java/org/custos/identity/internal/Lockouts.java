package org.custos.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Back-offs imposed on sign-ins, logged and kept in {@code sign_in_lockout} for the administrator. */
@Component
public class Lockouts {

    public record Lockout(OffsetDateTime occurredAt, String scope, String username, String clientAddress, int failures,
                   long backOffSeconds, OffsetDateTime lockedUntil) {
    }

    private static final Logger log = LoggerFactory.getLogger(Lockouts.class);
    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    Lockouts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        // its own transaction: a refused password change rolls back, the record of its back-off stays
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(SignInThrottle.Scope scope, String account, String client, int failures, Duration backOff,
                Instant until) {
        String username = scope == SignInThrottle.Scope.CLIENT ? null : account;
        String address = scope == SignInThrottle.Scope.ACCOUNT || scope == SignInThrottle.Scope.PASSWORD_CHANGE
                ? null : client;
        long seconds = Math.max(1, (backOff.toMillis() + 999) / 1000);
        log.warn("Sign-in back-off: scope={} account={} client={} failures={} seconds={}", name(scope),
                clean(username), clean(address), failures, seconds);
        try {
            own.executeWithoutResult(t -> insert(scope, username, address, failures, seconds, backOff, until));
        } catch (org.springframework.dao.DataAccessException e) {
            log.error("Sign-in back-off not recorded in sign_in_lockout", e);
        }
    }

    private void insert(SignInThrottle.Scope scope, String username, String address, int failures, long seconds,
                        Duration backOff, Instant until) {
        OffsetDateTime now = OffsetDateTime.ofInstant(until.minus(backOff), ZoneOffset.UTC);
        jdbc.sql("""
                        insert into sign_in_lockout (occurred_at, scope, username, client_address, failures,
                                                     back_off_seconds, locked_until)
                        values (:at, :scope, :u, :c, :f, :s, :until)""")
                .param("at", now).param("scope", name(scope)).param("u", username).param("c", address)
                .param("f", failures).param("s", seconds)
                .param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC)).update();
    }

    public List<Lockout> recent(String username, int limit) {
        return jdbc.sql("""
                        select occurred_at, scope, username, client_address, failures, back_off_seconds, locked_until
                          from sign_in_lockout
                         where (cast(:u as text) is null or username = :u)
                         order by occurred_at desc, id desc
                         limit :limit""")
                .param("u", username == null ? null : SignInThrottle.normalise(username)).param("limit", limit)
                .query((rs, i) -> new Lockout(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    static String name(SignInThrottle.Scope scope) {
        return scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** A user name or address as typed by whoever tried: no control characters in the log. */
    private static String clean(String s) {
        return s == null ? "-" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
