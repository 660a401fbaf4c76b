package org.custos.tlog.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.InvalidProofException;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.merkle.TestLogs;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.NoteVerificationException;
import org.junit.jupiter.api.Test;

class ReceiptTest {
    private final MemoryHashStore log = TestLogs.log(1000);
    private final Ed25519NoteSigner logKey = new Ed25519NoteSigner("custos.example/log", new byte[32]);
    private final CosignatureSigner w1 = new CosignatureSigner("w1.example", filled(1), Clock.systemUTC());
    private final CosignatureSigner w2 = new CosignatureSigner("w2.example", filled(2), Clock.systemUTC());

    @Test
    void formatsParsesAndVerifiesWithAWitnessQuorum() throws Exception {
        Receipt receipt = receipt(733);
        String text = receipt.format();
        assertThat(text).startsWith("c2sp.org/tlog-proof@v1\nextra AQID\nindex 733\n");
        Receipt parsed = Receipt.parse(text);
        assertThat(parsed.format()).isEqualTo(text);
        Checkpoint c = parsed.verify(TestLogs.entry(733), logKey.verifier(), List.of(w1.verifier(), w2.verifier()), 2);
        assertThat(c.size()).isEqualTo(1000);
    }

    @Test
    void rejectsAnotherEntryAMissingQuorumAndMalformedText() throws Exception {
        Receipt receipt = Receipt.parse(receipt(733).format());
        assertThatThrownBy(() -> receipt.verify(TestLogs.entry(734), logKey.verifier(), List.of(), 0))
                .isInstanceOf(InvalidProofException.class);
        CosignatureSigner w3 = new CosignatureSigner("w3.example", filled(3), Clock.systemUTC());
        assertThatThrownBy(() -> receipt.verify(TestLogs.entry(733), logKey.verifier(),
                List.of(w1.verifier(), w3.verifier()), 2))
                .isInstanceOfSatisfying(NoteVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.QUORUM_NOT_MET));
        String text = receipt.format();
        for (String bad : List.of(text.replace("tlog-proof@v1", "tlog-proof@v2"), text.replace("index 733", "index 0733"),
                text.replace("index 733\n", ""), text.replaceFirst("\n\n", "\n"))) {
            assertThatThrownBy(() -> Receipt.parse(bad).verify(TestLogs.entry(733), logKey.verifier(), List.of(), 0))
                    .isInstanceOfAny(TlogFormatException.class, InvalidProofException.class);
        }
    }

    private Receipt receipt(long index) {
        Checkpoint c = new Checkpoint("custos.example/log", 1000, log.rootHash());
        byte[] note = c.sign(logKey, w1, w2).formatBytes();
        return new Receipt(Optional.of(new byte[] {1, 2, 3}), index, ProofBuilder.inclusionProof(index, 1000, log), note);
    }

    private static byte[] filled(int b) {
        byte[] s = new byte[32];
        java.util.Arrays.fill(s, (byte) b);
        return s;
    }
}
