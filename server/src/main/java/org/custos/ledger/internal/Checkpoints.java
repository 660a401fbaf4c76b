package org.custos.ledger.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.InvalidProofException;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.merkle.ProofVerifier;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and stores checkpoints. Before signing it recomputes the root from the stored hashes and proves
 * the new tree consistent with the previous checkpoint in the database and with the local copy of the
 * last one signed: the log never signs two inconsistent checkpoints.
 */
@Component
class Checkpoints {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Ed25519NoteSigner signer;
    private final LocalCheckpoints local;
    private final DbHashReader hashes;

    Checkpoints(JdbcClient jdbc, TransactionTemplate tx, Clock clock, Ed25519NoteSigner ledgerSigner,
                LocalCheckpoints local) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.signer = ledgerSigner;
        this.local = local;
        this.hashes = new DbHashReader(jdbc);
    }

    /** Signs a checkpoint of the current tree if it grew (or none exists yet). */
    Optional<StoredCheckpoint> signIfGrown() {
        Optional<StoredCheckpoint> signed = tx.execute(status -> {
            Sequencer.lock(jdbc);
            Sequencer.TreeHead head = Sequencer.head(jdbc, false);
            Optional<StoredCheckpoint> previous = latest();
            if (previous.isPresent() && head.size() <= previous.get().size()) {
                if (head.size() < previous.get().size()) {
                    throw new LedgerIntegrityException("the tree (" + head.size()
                            + ") is smaller than the last checkpoint (" + previous.get().size() + ")");
                }
                return Optional.<StoredCheckpoint>empty();
            }
            if (head.size() > 0 && !MerkleTree.treeHash(head.size(), hashes).equals(head.root())) {
                throw new LedgerIntegrityException("the stored hashes do not give the tree head's root");
            }
            previous.ifPresent(p -> requireConsistent(p.size(), p.root(), head));
            local.signed().ifPresent(c -> requireConsistent(c.size(), c.root(), head));
            String note = new Checkpoint(signer.name(), head.size(), head.root()).sign(signer).format();
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("insert into ledger_checkpoint (tree_size, root, note, signed_at) values (?, ?, ?, ?)")
                    .params(head.size(), head.root().bytes(), note, now).update();
            return Optional.of(new StoredCheckpoint(head.size(), head.root(), note, now, List.of()));
        });
        signed.ifPresent(cp -> local.saveSigned(cp.note()));
        return signed;
    }

    private void requireConsistent(long oldSize, Hash oldRoot, Sequencer.TreeHead head) {
        if (oldSize > head.size()) {
            throw new LedgerIntegrityException("the tree (" + head.size() + ") is smaller than a signed checkpoint ("
                    + oldSize + ")");
        }
        if (oldSize == 0) {
            return;
        }
        try {
            ProofVerifier.verifyConsistency(oldSize, head.size(), oldRoot, head.root(),
                    ProofBuilder.consistencyProof(oldSize, head.size(), hashes));
        } catch (InvalidProofException | IllegalArgumentException e) {
            throw new LedgerIntegrityException("the tree of size " + head.size()
                    + " is not an extension of the signed checkpoint of size " + oldSize);
        }
    }

    Optional<StoredCheckpoint> latest() {
        return jdbc.sql("select tree_size from ledger_checkpoint order by tree_size desc limit 1")
                .query(Long.class).optional().flatMap(this::at);
    }

    Optional<StoredCheckpoint> at(long size) {
        List<String> lines = new ArrayList<>(jdbc.sql(
                        "select line from ledger_cosignature where tree_size = ? order by witness")
                .param(size).query(String.class).list());
        return jdbc.sql("select tree_size, root, note, signed_at from ledger_checkpoint where tree_size = ?")
                .param(size)
                .query((rs, i) -> new StoredCheckpoint(rs.getLong(1), Hash.of(rs.getBytes(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), lines))
                .optional();
    }

    /** The latest checkpoint that at least one witness cosigned. */
    Optional<StoredCheckpoint> latestWitnessed() {
        return jdbc.sql("select tree_size from ledger_cosignature order by tree_size desc limit 1").query(Long.class).optional()
                .flatMap(this::at);
    }

    void addCosignature(long size, String witness, String line) {
        jdbc.sql("""
                insert into ledger_cosignature (tree_size, witness, line, received_at) values (?, ?, ?, ?)
                on conflict (tree_size, witness) do nothing""")
                .params(size, witness, line.strip(), OffsetDateTime.now(clock)).update();
    }
}
