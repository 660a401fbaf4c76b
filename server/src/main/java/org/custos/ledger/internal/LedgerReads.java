package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custos.identity.CurrentUser;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.Tiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the ledger's web layer ({@code ledger.web}: the JSON API and the tile API) reads, and the audit it may start:
 * one door into the module's internals, so the controllers hold no SQL and the stores stay package-private.
 */
@Service
public class LedgerReads {

    private static final Logger log = LoggerFactory.getLogger(LedgerReads.class);
    private final LedgerService ledger;
    private final LedgerAudit audit;
    private final Openings openings;
    private final Checkpoints checkpoints;
    private final HashCache hashes;
    private final JdbcClient jdbc;

    LedgerReads(LedgerService ledger, LedgerAudit audit, Openings openings, Checkpoints checkpoints, HashCache hashes,
                JdbcClient jdbc) {
        this.ledger = ledger;
        this.audit = audit;
        this.openings = openings;
        this.checkpoints = checkpoints;
        this.hashes = hashes;
        this.jdbc = jdbc;
    }

    public String verifierKey() {
        return ledger.verifierKey();
    }

    public List<Hash> inclusionProof(long index, long size) {
        return ledger.inclusionProof(index, size);
    }

    public List<Hash> consistencyProof(long oldSize, long newSize) {
        return ledger.consistencyProof(oldSize, newSize);
    }

    /** The receipt of entry {@code index} (404 if there is no such entry); empty while it is not checkpointed. */
    public Optional<String> receipt(long index) {
        ledger.entry(index);
        return ledger.receiptAt(index);
    }

    /** Opens a commitment for the caller, scoped by the record's owner and logged with its purpose. */
    public LedgerService.Opening open(long index, CurrentUser caller, String purpose) {
        return openings.open(index, caller, purpose);
    }

    public AuditReport audit() {
        return audit.run();
    }

    /** The latest signed checkpoint with its cosignatures, as served at {@code /ledger/checkpoint}. */
    public Optional<String> checkpointNote() {
        return checkpoints.latest().map(StoredCheckpoint::withCosignatures);
    }

    /** The size of the latest signed checkpoint; 0 before the first. */
    public long checkpointSize() {
        return checkpoints.latest().map(StoredCheckpoint::size).orElse(0L);
    }

    /** A hash tile's bytes. */
    public byte[] hashTile(Tile tile) {
        return Tiles.read(tile, hashes);
    }

    /**
     * The entries of leaves {@code first} to {@code first + width - 1} as stored; fewer when rows are missing (served
     * as they are, so that a verifier names the missing index).
     */
    public List<byte[]> entries(long first, int width) {
        List<byte[]> entries = new ArrayList<>(width);
        jdbc.sql("select entry from ledger_entry where leaf_index >= ? and leaf_index < ? order by leaf_index")
                .params(first, first + width).query(rs -> {
                    entries.add(rs.getBytes(1));
                });
        if (entries.size() != width) {
            log.error("Ledger: entries {}..{} are incomplete ({} of {} rows)", first, first + width - 1,
                    entries.size(), width);
        }
        return entries;
    }
}
