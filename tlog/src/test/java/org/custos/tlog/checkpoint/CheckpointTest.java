package org.custos.tlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.NoteVerificationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {
    static final String ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    @Test
    void parsesAndFormatsTheSpecExampleWithExtensions() throws Exception {
        // Body of the example in C2SP tlog-checkpoint v1.0.0, plus one extension line.
        String text = "example.com/behind-the-sofa\n20852163\n" + ROOT + "\nextension one\n";
        Checkpoint c = Checkpoint.parse(text);
        assertThat(c.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(c.size()).isEqualTo(20852163);
        assertThat(c.root().toBase64()).isEqualTo(ROOT);
        assertThat(c.extensions()).containsExactly("extension one");
        assertThat(c.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "o\n1\n" + ROOT,                 // no final newline
        "o\n01\n" + ROOT + "\n",         // leading zero
        "o\n-1\n" + ROOT + "\n",         // sign
        "o\n+1\n" + ROOT + "\n",
        "o\n1 \n" + ROOT + "\n",
        "o\n99999999999999999999\n" + ROOT + "\n",
        "o\n1\n",                        // missing root
        "\n1\n" + ROOT + "\n",           // empty origin
        "o\n1\nAAAA\n",                  // short root
        "o\n1\n" + ROOT + "\n\n",        // empty extension line
        "o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n" // non-canonical base64 padding bits
    })
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(TlogFormatException.class);
    }

    @Test
    void openRequiresTheLogKeyTheOriginAndTheQuorum() throws Exception {
        Ed25519NoteSigner log = new Ed25519NoteSigner("custos.example/log", new byte[32]);
        Ed25519NoteSigner stranger = new Ed25519NoteSigner("other.example/log", seed(9));
        CosignatureSigner w1 = new CosignatureSigner("w1.example", seed(1), java.time.Clock.systemUTC());
        CosignatureSigner w2 = new CosignatureSigner("w2.example", seed(2), java.time.Clock.systemUTC());
        Checkpoint c = new Checkpoint("custos.example/log", 0, Rfc6962.EMPTY_ROOT);
        byte[] note = c.sign(log, w1).formatBytes();
        assertThat(SignedCheckpoint.open(note, log.verifier(), List.of(w1.verifier(), w2.verifier()), 1).checkpoint())
                .isEqualTo(c);
        assertReason(() -> SignedCheckpoint.open(note, log.verifier(), List.of(w1.verifier(), w2.verifier()), 2),
                NoteVerificationException.Reason.QUORUM_NOT_MET);
        byte[] onlyWitness = c.sign(w1).formatBytes();
        assertReason(() -> SignedCheckpoint.open(onlyWitness, log.verifier(), List.of(w1.verifier()), 1),
                NoteVerificationException.Reason.MISSING_REQUIRED_SIGNATURE);
        byte[] foreign = new Checkpoint("other.example/log", 0, Rfc6962.EMPTY_ROOT).sign(log).formatBytes();
        assertReason(() -> SignedCheckpoint.open(foreign, log.verifier()), NoteVerificationException.Reason.ORIGIN_MISMATCH);
        byte[] strangerOnly = c.sign(stranger).formatBytes();
        assertReason(() -> SignedCheckpoint.open(strangerOnly, log.verifier()),
                NoteVerificationException.Reason.NO_KNOWN_SIGNATURE);
    }

    interface Call {
        void run() throws Exception;
    }

    static void assertReason(Call call, NoteVerificationException.Reason reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(NoteVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static byte[] seed(int b) {
        byte[] s = new byte[32];
        java.util.Arrays.fill(s, (byte) b);
        return s;
    }
}
