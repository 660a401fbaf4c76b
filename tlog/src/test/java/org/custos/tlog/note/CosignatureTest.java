package org.custos.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CosignatureTest {
    private static final byte[] TEXT = "custos.example/log\n3\nq1sNmyXZKWxbXKSGJFgXTE6w7Qk6xqxWl7Q6Jq9ddcE=\n"
            .getBytes(StandardCharsets.UTF_8);
    private final CosignatureSigner witness = new CosignatureSigner("witness.example/w1", new byte[32],
            Clock.fixed(Instant.ofEpochSecond(1679315147), ZoneOffset.UTC));

    @Test
    void signatureIsTimestampThenEd25519OverTheCosignatureMessage() {
        byte[] sig = witness.sign(TEXT);
        assertThat(sig).hasSize(72);
        assertThat(CosignatureVerifier.timestamp(sig)).isEqualTo(1679315147L);
        assertThat(witness.verifier().verify(TEXT, sig)).isTrue();
        // Independently rebuild the signed message from the spec and check the raw Ed25519 signature.
        byte[] message = ("cosignature/v1\ntime 1679315147\n" + new String(TEXT, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        byte[] ed = java.util.Arrays.copyOfRange(sig, 8, 72);
        assertThat(Ed25519.verify(Ed25519.publicKey(Ed25519.publicKeyFromSeed(new byte[32])), message, ed)).isTrue();
    }

    @Test
    void wrongTimestampIsRejected() {
        byte[] sig = witness.sign(TEXT);
        for (long ts : new long[] {1679315146L, 1679315148L, 0L, -1L}) {
            byte[] altered = sig.clone();
            ByteBuffer.wrap(altered).putLong(ts);
            assertThat(witness.verifier().verify(TEXT, altered)).as("timestamp %d", ts).isFalse();
        }
    }

    @Test
    void cosignatureKeyIdUsesType4AndDiffersFromAnEd25519KeyId() throws Exception {
        byte[] pub = Ed25519.publicKeyFromSeed(new byte[32]);
        assertThat(witness.keyId()).isEqualTo(KeyNames.keyId("witness.example/w1", (byte) 4, pub));
        assertThat(witness.keyId()).isNotEqualTo(KeyNames.keyId("witness.example/w1", (byte) 1, pub));
        NoteVerifier parsed = NoteKeys.verifier(witness.verifier().verifierKey());
        assertThat(parsed).isInstanceOf(CosignatureVerifier.class);
        assertThat(parsed.keyId()).isEqualTo(witness.keyId());
    }

    @Test
    void generatedCosignerKeyStringsRoundTrip() throws Exception {
        NoteKeys.KeyStrings keys = NoteKeys.generateCosigner("witness.example/w2", new java.security.SecureRandom());
        CosignatureSigner signer = NoteKeys.cosigner(keys.privateKey(), Clock.systemUTC());
        assertThat(signer.verifier().verifierKey()).isEqualTo(keys.verifierKey());
        assertThat(NoteKeys.verifier(keys.verifierKey()).verify(TEXT, signer.sign(TEXT))).isTrue();
    }
}
