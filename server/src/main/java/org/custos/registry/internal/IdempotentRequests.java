package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} support. The key is claimed (per user) in the same transaction as the work
 * it guards, and the reply is stored with it; so a retry with the same key and the same request gets
 * the stored reply and nothing is done twice, even when both arrive at once (the second waits on the
 * first's claim). The same key with a different request is refused: 422 {@code idempotency.mismatch}.
 * A refused request (4xx problem) leaves no claim: it may be retried, corrected, with the same key.
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager tm, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** Runs {@code work} once per (user, key); {@code request} is what identifies the request's content. */
    public ResponseEntity<Object> run(String key, String username, Object request, HttpStatus status, Supplier<Object> work) {
        if (key == null) {
            return ResponseEntity.status(status).body(work.get());
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid("request.parameter", FieldProblem.of(HEADER, "invalid"));
        }
        String hash = OrderDocumentStore.sha256(json.writeValueAsBytes(request));
        return transactions.execute(tx -> {
            int claimed = jdbc.sql("""
                    insert into idempotent_request(username, idempotency_key, request_sha256, created_at)
                    values (:u, :k, :h, :at) on conflict do nothing""")
                    .param("u", username).param("k", key).param("h", hash)
                    .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
            if (claimed == 0) {
                return replay(username, key, hash);
            }
            Object body = work.get();
            jdbc.sql("update idempotent_request set status = :s, response = :r where username = :u and idempotency_key = :k")
                    .param("s", status.value()).param("r", json.writeValueAsString(body)).param("u", username)
                    .param("k", key).update();
            return ResponseEntity.status(status).body(body);
        });
    }

    private ResponseEntity<Object> replay(String username, String key, String hash) {
        record Stored(String hash, Integer status, String response) {
        }
        Stored stored = jdbc.sql("""
                select request_sha256, status, response from idempotent_request
                where username = :u and idempotency_key = :k""").param("u", username).param("k", key)
                .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3))).single();
        if (!stored.hash().equals(hash)) {
            throw ProblemException.invalid("idempotency.mismatch", FieldProblem.of(HEADER, "idempotency.mismatch"));
        }
        JsonNode body = json.readTree(stored.response());
        return ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Replayed", "true").body(body);
    }
}
