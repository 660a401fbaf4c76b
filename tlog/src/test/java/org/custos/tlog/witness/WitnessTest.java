package org.custos.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.merkle.TestLogs;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteVerifier;
import org.junit.jupiter.api.Test;

class WitnessTest {
    private static final String ORIGIN = "custos.example/log";
    private final MemoryHashStore log = TestLogs.log(100);
    private final Ed25519NoteSigner logKey = new Ed25519NoteSigner(ORIGIN, new byte[32]);
    private final CosignatureSigner witnessKey = new CosignatureSigner("witness.example", seed(7), Clock.systemUTC());
    private final Witness witness = new Witness(witnessKey, Map.of(ORIGIN, List.<NoteVerifier>of(logKey.verifier())),
            new InMemoryWitnessState());

    @Test
    void cosignsAFirstCheckpointThenAConsistentExtension() throws Exception {
        WitnessResponse first = witness.addCheckpoint(request(0, 10, List.of()).format());
        assertThat(first.status()).isEqualTo(200);
        WitnessResponse second = witness.addCheckpoint(request(10, 60, proof(10, 60)).format());
        assertThat(second.status()).isEqualTo(200);
        byte[] cosigned = signed(60).withSignatures(Note.parse(signedBytes(60, second.body())).signatures())
                .formatBytes();
        assertThat(SignedCheckpoint.open(cosigned, logKey.verifier(), List.of(witnessKey.verifier()), 1)
                .checkpoint().size()).isEqualTo(60);
    }

    @Test
    void answersEachFailureWithItsStatus() throws Exception {
        assertThat(witness.addCheckpoint(request(0, 10, List.of())).status()).isEqualTo(200);
        assertThat(witness.addCheckpoint(request(5, 60, proof(5, 60))))
                .isEqualTo(new WitnessResponse(409, "text/x.tlog.size", "10\n"));
        assertThat(witness.addCheckpoint(request(70, 60, List.of())).status()).isEqualTo(400);
        List<Hash> bad = new ArrayList<>(proof(10, 60));
        bad.set(0, bad.get(0).withBitFlipped(0));
        assertThat(witness.addCheckpoint(request(10, 60, bad)).status()).isEqualTo(422);
        assertThat(witness.addCheckpoint(request(10, 60, proof(10, 59))).status()).isEqualTo(422);
        Ed25519NoteSigner stranger = new Ed25519NoteSigner(ORIGIN, seed(3));
        byte[] forged = checkpoint(60).sign(stranger).formatBytes();
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(10, proof(10, 60), forged)).status()).isEqualTo(403);
        byte[] unknown = new Checkpoint("elsewhere.example/log", 60, checkpoint(60).root()).sign(logKey).formatBytes();
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(10, proof(10, 60), unknown)).status()).isEqualTo(404);
        byte[] sameSizeOtherRoot = new Checkpoint(ORIGIN, 10, checkpoint(11).root()).sign(logKey).formatBytes();
        assertThat(witness.addCheckpoint(new AddCheckpointRequest(10, List.of(), sameSizeOtherRoot)).status())
                .isEqualTo(409);
        assertThat(witness.addCheckpoint("old 01\n\n".getBytes()).status()).isEqualTo(400);
        assertThat(witness.addCheckpoint(request(10, 60, proof(10, 60))).status()).isEqualTo(200);
    }

    @Test
    void requestCodecRoundTrips() throws Exception {
        AddCheckpointRequest r = request(10, 60, proof(10, 60));
        AddCheckpointRequest parsed = AddCheckpointRequest.parse(r.format());
        assertThat(parsed.oldSize()).isEqualTo(10);
        assertThat(parsed.consistencyProof()).isEqualTo(r.consistencyProof());
        assertThat(parsed.signedCheckpoint()).isEqualTo(r.signedCheckpoint());
        assertThat(new String(r.format())).startsWith("old 10\n" + r.consistencyProof().get(0).toBase64() + "\n");
    }

    private AddCheckpointRequest request(long old, long size, List<Hash> proof) {
        return new AddCheckpointRequest(old, proof, signed(size).formatBytes());
    }

    private List<Hash> proof(long old, long size) {
        return ProofBuilder.consistencyProof(old, size, log);
    }

    private Checkpoint checkpoint(long size) {
        return new Checkpoint(ORIGIN, size, MerkleTree.treeHash(size, log));
    }

    private Note signed(long size) {
        return checkpoint(size).sign(logKey);
    }

    private byte[] signedBytes(long size, String cosignatureLines) {
        return (signed(size).format() + cosignatureLines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] seed(int b) {
        byte[] s = new byte[32];
        java.util.Arrays.fill(s, (byte) b);
        return s;
    }
}
