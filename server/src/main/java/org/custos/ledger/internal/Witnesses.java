package org.custos.ledger.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.note.NoteSignature;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.witness.AddCheckpointRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Submits checkpoints to the configured witnesses (C2SP tlog-witness {@code add-checkpoint}), with a
 * consistency proof from the size each witness last cosigned; on 409 retries from the size the witness
 * names. Verifies and stores the cosignatures.
 */
@Component
class Witnesses {

    private static final Logger log = LoggerFactory.getLogger(Witnesses.class);
    private static final int ATTEMPTS = 3;
    private final List<Target> targets = new ArrayList<>();
    private final JdbcClient jdbc;
    private final Checkpoints checkpoints;
    private final LocalCheckpoints local;
    private final Clock clock;
    private final DbHashReader hashes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Target(String url, NoteVerifier verifier) {
    }

    Witnesses(LedgerProperties properties, JdbcClient jdbc, Checkpoints checkpoints, LocalCheckpoints local,
              Clock clock) throws TlogFormatException {
        for (LedgerProperties.WitnessConfig w : properties.witnesses()) {
            targets.add(new Target(w.url().replaceAll("/+$", ""), NoteKeys.verifier(w.vkey())));
        }
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.local = local;
        this.clock = clock;
        this.hashes = new DbHashReader(jdbc);
    }

    boolean any() {
        return !targets.isEmpty();
    }

    /** Asks each witness for the latest checkpoint of {@code origin} it cosigned (for the audit). */
    List<WitnessCheck.Answer> askLatest(String origin) {
        return WitnessCheck.ask(targets, origin, http);
    }

    /** Submits {@code checkpoint} to every witness; failures are logged, never thrown. */
    void submit(StoredCheckpoint checkpoint) {
        for (Target t : targets) {
            try {
                submit(t, checkpoint);
            } catch (Exception e) {
                log.warn("Ledger: witness {} unreachable: {}", t.url(), e.toString());
            }
        }
    }

    private void submit(Target t, StoredCheckpoint cp) throws Exception {
        long old = jdbc.sql("select tree_size from ledger_witness where name = ?").param(t.verifier().name())
                .query(Long.class).optional().orElse(0L);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (old > cp.size()) {
                log.error("Ledger: witness {} has seen a larger tree ({}) than this checkpoint ({})", t.url(), old,
                        cp.size());
                return;
            }
            List<Hash> proof = old == 0 || old == cp.size() ? List.of() : ProofBuilder.consistencyProof(old, cp.size(), hashes);
            byte[] body = new AddCheckpointRequest(old, proof, cp.note().getBytes(StandardCharsets.UTF_8)).format();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(t.url() + "/add-checkpoint"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 409) {
                old = Long.parseLong(r.body().strip());
                continue;
            }
            if (r.statusCode() != 200) {
                log.warn("Ledger: witness {} refused checkpoint {}: {} {}", t.url(), cp.size(), r.statusCode(),
                        r.body().strip());
                return;
            }
            accept(t, cp, r.body());
            return;
        }
    }

    private void accept(Target t, StoredCheckpoint cp, String body) throws TlogFormatException {
        Note cosigned = Note.parse(cp.note() + body.strip() + "\n");
        for (NoteSignature s : cosigned.signatures()) {
            if (s.keyName().equals(t.verifier().name()) && s.keyId() == t.verifier().keyId()
                    && t.verifier().verify(cosigned.textBytes(), s.signature())) {
                checkpoints.addCosignature(cp.size(), t.verifier().name(), s.line());
                jdbc.sql("""
                        insert into ledger_witness (name, tree_size, updated_at) values (?, ?, ?)
                        on conflict (name) do update set tree_size = excluded.tree_size, updated_at = excluded.updated_at
                        where ledger_witness.tree_size < excluded.tree_size""")
                        .params(t.verifier().name(), cp.size(), OffsetDateTime.now(clock)).update();
                local.saveWitnessed(cp.note() + s.line());
                return;
            }
        }
        log.warn("Ledger: witness {} answered without a valid cosignature for checkpoint {}", t.url(), cp.size());
    }
}
