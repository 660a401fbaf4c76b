package org.custos.ledger.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.custos.ledger.Ledger;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.web.ProblemException;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.proof.Receipt;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the log: entries, proofs, receipts, checkpoints. */
@Service
public class LedgerService implements Ledger {

    private final JdbcClient jdbc;
    private final Checkpoints checkpoints;
    private final Ed25519NoteSigner signer;
    private final ApplicationEventPublisher events;
    private final HashCache hashes;
    private final AtomicLong knownSize = new AtomicLong();

    LedgerService(JdbcClient jdbc, Checkpoints checkpoints, Ed25519NoteSigner ledgerSigner,
                  ApplicationEventPublisher events, HashCache hashes) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.signer = ledgerSigner;
        this.events = events;
        this.hashes = hashes;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(CustodyEvent event) {
        events.publishEvent(event);
    }

    @Override
    public Optional<Long> leafIndex(UUID eventId) {
        return jdbc.sql("select leaf_index from ledger_entry where event_id = ? and leaf_index is not null")
                .param(eventId).query(Long.class).optional();
    }

    @Override
    public Optional<String> receipt(UUID eventId) {
        return leafIndex(eventId).flatMap(this::receiptAt);
    }

    Optional<String> receiptAt(long index) {
        Optional<StoredCheckpoint> cp = checkpoints.latest().filter(c -> c.size() > index);
        return cp.map(c -> new Receipt(Optional.of(entry(index)), index,
                ProofBuilder.inclusionProof(index, c.size(), hashes), c.bytes()).format());
    }

    @Override
    public Optional<String> latestCheckpoint() {
        return checkpoints.latest().map(StoredCheckpoint::withCosignatures);
    }

    @Override
    public String verifierKey() {
        return signer.verifier().verifierKey();
    }

    byte[] entry(long index) {
        return jdbc.sql("select entry from ledger_entry where leaf_index = ?").param(index)
                .query((rs, i) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> ProblemException.notFound("ledger.entry-not-found"));
    }

    long treeSize() {
        long size = Sequencer.head(jdbc, false).size();
        knownSize.accumulateAndGet(size, Math::max);
        return size;
    }

    /** Whether the tree has at least {@code size} leaves: from memory when known (the tree only grows). */
    private boolean hasSize(long size) {
        return size <= knownSize.get() || size <= treeSize();
    }

    List<Hash> inclusionProof(long index, long size) {
        if (index < 0 || size <= index || !hasSize(size)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "ledger.bad-range");
        }
        return ProofBuilder.inclusionProof(index, size, hashes);
    }

    List<Hash> consistencyProof(long oldSize, long newSize) {
        if (oldSize < 0 || newSize < oldSize || !hasSize(newSize)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "ledger.bad-range");
        }
        return oldSize == 0 ? List.of() : ProofBuilder.consistencyProof(oldSize, newSize, hashes);
    }

    /** What an authorized reader sees when opening a commitment. */
    public record Opening(long index, UUID eventId, String entry, String salt, String content) {
    }

    /** An opening with the record it opens, for the owners' scope check. */
    record Located(Opening opening, org.custos.ledger.OpeningScope.OpenedRecord record) {
    }

    Located locate(long index) {
        return jdbc.sql("select e.salt, e.entry, " + EntryStore.prefixed("o") + ", " + RecordCheck.ROWS
                        + " from ledger_entry e join event_outbox o on o.event_id = e.event_id where e.leaf_index = ?")
                .param(index)
                .query((rs, i) -> {
                    OutboxRecord r = OutboxRecord.read(rs, 3);
                    byte[] salt = rs.getBytes(1);
                    byte[] entry = rs.getBytes(2);
                    List<CommittedRow> rows = CommittedRow.fromAggregate(rs.getString(10));
                    byte[] content = EntryFormat.content(r, rows);
                    if (rows.isEmpty() && !java.util.Arrays.equals(EntryFormat.entry(r, rows, salt), entry)) {
                        content = EntryFormat.content(r); // an entry written before content v2
                    }
                    byte[] opened = content;
                    return new Located(new Opening(index, r.eventId(),
                            new String(rs.getBytes(2), java.nio.charset.StandardCharsets.US_ASCII),
                            java.util.Base64.getEncoder().encodeToString(rs.getBytes(1)),
                            new String(opened, java.nio.charset.StandardCharsets.US_ASCII)),
                            new org.custos.ledger.OpeningScope.OpenedRecord(index, r.eventId(), r.eventType(),
                                    r.subjectId(), r.facilityCode()));
                })
                .optional().orElseThrow(() -> ProblemException.notFound("ledger.entry-not-found"));
    }
}
