package org.custos.identity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Opaque bearer tokens for API clients; only their SHA-256 is stored. */
@Component
public class ApiTokens {

    public record Issued(String token, OffsetDateTime expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${custos.security.token-hours:12}") int hours) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = Duration.ofHours(hours);
    }

    public Issued issue(UUID userId) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = "cst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(lifetime);
        jdbc.sql("insert into api_token(token_sha256, user_id, created_at, expires_at) values (:h, :u, :c, :e)")
                .param("h", sha256(token)).param("u", userId).param("c", now).param("e", expires).update();
        return new Issued(token, expires);
    }

    Optional<UUID> userOf(String token) {
        return jdbc.sql("select user_id from api_token where token_sha256 = :h and expires_at > :now")
                .param("h", sha256(token)).param("now", OffsetDateTime.now(clock))
                .query(UUID.class).optional();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
