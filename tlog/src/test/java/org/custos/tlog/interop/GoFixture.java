package org.custos.tlog.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.merkle.TestLogs;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.tiles.TileDirectory;

/** Writes a log, its tiles and entry bundles, a cosigned checkpoint and proofs for the Go verifier. */
final class GoFixture {
    static final int SIZE = 1000;

    private GoFixture() {
    }

    static void write(Path dir) throws IOException {
        MemoryHashStore log = new MemoryHashStore();
        List<byte[]> entries = TestLogs.entries(SIZE);
        log.appendAll(entries.subList(0, 700));
        TileDirectory tiles = new TileDirectory(dir);
        tiles.writeTiles(0, 700, log);
        log.appendAll(entries.subList(700, SIZE));
        tiles.writeTiles(700, SIZE, log); // incremental: only tiles that changed since 700
        tiles.writeEntryBundles(0, entries);

        Ed25519NoteSigner logKey = new Ed25519NoteSigner("custos.example/ledger", seed(11));
        CosignatureSigner witness = new CosignatureSigner("ombudsman.example/witness", seed(12), Clock.systemUTC());
        Checkpoint checkpoint = new Checkpoint(logKey.name(), SIZE, log.rootHash());
        Files.writeString(dir.resolve("checkpoint"), checkpoint.sign(logKey, witness).format());
        Files.writeString(dir.resolve("vkey"), logKey.verifier().verifierKey() + "\n");
        Files.writeString(dir.resolve("witness-vkey"), witness.verifier().verifierKey() + "\n");

        StringBuilder proofs = new StringBuilder();
        for (long[] c : new long[][] {{1000, 0}, {1000, 1}, {1000, 255}, {1000, 256}, {1000, 733}, {1000, 999},
                {700, 0}, {700, 699}, {1, 0}}) {
            proofs.append("inclusion ").append(c[0]).append(' ').append(c[1]).append(' ')
                    .append(b64(entries.get((int) c[1]))).append(' ').append(root(c[0], log).toBase64());
            ProofBuilder.inclusionProof(c[1], c[0], log).forEach(h -> proofs.append(' ').append(h.toBase64()));
            proofs.append('\n');
        }
        for (long[] c : new long[][] {{1, 1000}, {256, 1000}, {700, 1000}, {999, 1000}, {3, 700}, {512, 513}}) {
            proofs.append("consistency ").append(c[0]).append(' ').append(c[1]).append(' ')
                    .append(root(c[0], log).toBase64()).append(' ').append(root(c[1], log).toBase64());
            ProofBuilder.consistencyProof(c[0], c[1], log).forEach(h -> proofs.append(' ').append(h.toBase64()));
            proofs.append('\n');
        }
        Files.writeString(dir.resolve("proofs.txt"), proofs);
    }

    private static Hash root(long size, MemoryHashStore log) {
        return MerkleTree.treeHash(size, log);
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] seed(int b) {
        return String.format("%032d", b).getBytes(StandardCharsets.US_ASCII);
    }
}
