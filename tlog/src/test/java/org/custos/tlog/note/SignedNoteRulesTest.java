package org.custos.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNoteRulesTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Ed25519NoteSigner log = signer("custos.example/log");
    private final Ed25519NoteSigner other = signer("other.example/log");
    private final String text = "custos.example/log\n3\nq1sNmyXZKWxbXKSGJFgXTE6w7Qk6xqxWl7Q6Jq9ddcE=\n";

    @Test
    void reorderedAndUnknownSignaturesAreIgnored() throws Exception {
        Note signed = Note.sign(text, other, log);
        Note reordered = new Note(text, List.of(signed.signatures().get(1), signed.signatures().get(0)));
        VerifiedNote opened = NoteVerifiers.of(log.verifier()).open(reordered.formatBytes());
        assertThat(opened.verified()).containsExactly(signed.signatures().get(1));
    }

    @Test
    void sameNameWithAnotherKeyIdIsTreatedAsUnknown() throws Exception {
        Ed25519NoteSigner impostor = signer("custos.example/log");
        Note signed = Note.sign(text, impostor, log);
        assertThat(NoteVerifiers.of(log.verifier()).open(signed.formatBytes()).verified()).hasSize(1);
        assertReason(Note.sign(text, impostor), NoteVerificationException.Reason.NO_KNOWN_SIGNATURE);
    }

    @Test
    void modifiedTextIsRejected() {
        String forged = Note.sign(text, log).format().replace("\n3\n", "\n4\n");
        assertThatThrownBy(() -> NoteVerifiers.of(log.verifier()).open(forged.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(NoteVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(NoteVerificationException.Reason.INVALID_SIGNATURE));
    }

    @Test
    void everyFlippedSignatureBitIsRejectedEvenNextToAValidSignature() {
        NoteSignature good = Note.sign(text, log).signatures().get(0);
        byte[] sig = good.signature();
        for (int bit = 0; bit < sig.length * 8; bit++) {
            byte[] bad = sig.clone();
            bad[bit / 8] ^= (byte) (1 << (bit % 8));
            NoteSignature flipped = new NoteSignature(good.keyName(), good.keyId(), bad);
            assertReason(new Note(text, List.of(flipped)), NoteVerificationException.Reason.INVALID_SIGNATURE);
            assertReason(new Note(text, List.of(good, flipped)), NoteVerificationException.Reason.INVALID_SIGNATURE);
        }
    }

    @Test
    void wrongKeyIdMeansNoKnownSignature() {
        NoteSignature good = Note.sign(text, log).signatures().get(0);
        NoteSignature wrongId = new NoteSignature(good.keyName(), good.keyId() ^ 1, good.signature());
        assertReason(new Note(text, List.of(wrongId)), NoteVerificationException.Reason.NO_KNOWN_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "text\n\n\u2014 k AAAAAAAAAAA=",            // no final newline
        "text\n\u2014 k AAAAAAAAAAA=\n",            // no blank line
        "text\n\n",                                 // empty signature list
        "text\n\n\u2014 k AAAA*AAAAAA=\n",          // bad base64
        "text\n\n\u2014 k AAAA\n",                  // shorter than key ID + 1 byte
        "text\n\n\u2014 a+b AAAAAAAAAAA=\n",        // '+' in key name
        "text\n\n\u2014 a\u00a0b AAAAAAAAAAA=\n",   // Unicode space in key name
        "text\n\n\u2014  AAAAAAAAAAA=\n",           // empty key name
        "text\n\n- k AAAAAAAAAAA=\n",               // hyphen instead of em dash
        "text\n\n\u2014k AAAAAAAAAAA=\n",           // no space after the dash
        "te\txt\n\n\u2014 k AAAAAAAAAAA=\n",        // control character
        "text\n\n\u2014 k AAAAAAAAAAA=\n\n"         // blank line after signatures
    })
    void malformedNotesAreRejected(String message) {
        assertThatThrownBy(() -> Note.parse(message)).isInstanceOf(TlogFormatException.class);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = "text\n\n\u2014 k AAAAAAAAAAA=\n".getBytes(StandardCharsets.UTF_8);
        bytes[1] = (byte) 0xff;
        assertThatThrownBy(() -> Note.parse(bytes)).isInstanceOf(TlogFormatException.class);
    }

    @Test
    void textMayContainBlankLinesTheLastOneSplits() throws Exception {
        String poem = "Ognuno sta solo\n\ned \u00e8 subito sera.\n";
        Note note = Note.parse(Note.sign(poem, log).formatBytes());
        assertThat(note.text()).isEqualTo(poem);
    }

    @Test
    void keyStringsRoundTripAndRejectTampering() throws Exception {
        NoteKeys.KeyStrings keys = NoteKeys.generate("custos.example/log", RANDOM);
        Ed25519NoteSigner s = NoteKeys.signer(keys.privateKey());
        assertThat(s.verifier().verifierKey()).isEqualTo(keys.verifierKey());
        assertThat(NoteVerifiers.of(NoteKeys.verifier(keys.verifierKey())).open(Note.sign(text, s).formatBytes()))
                .isNotNull();
        String[] parts = keys.verifierKey().split("\\+", 3);
        String wrongId = parts[0] + "+00000000+" + parts[2];
        assertThatThrownBy(() -> NoteKeys.verifier(wrongId)).isInstanceOf(TlogFormatException.class);
        assertThatThrownBy(() -> NoteKeys.verifier("a b+" + parts[1] + "+" + parts[2])).isInstanceOf(TlogFormatException.class);
        assertThatThrownBy(() -> NoteKeys.verifier(parts[0] + "+" + parts[1] + "+!!")).isInstanceOf(TlogFormatException.class);
        assertThatThrownBy(() -> NoteKeys.cosigner(keys.privateKey(), java.time.Clock.systemUTC()))
                .isInstanceOf(TlogFormatException.class);
        assertThat(keys.toString()).doesNotContain("PRIVATE");
    }

    private void assertReason(Note note, NoteVerificationException.Reason reason) {
        assertThatThrownBy(() -> NoteVerifiers.of(log.verifier()).open(note.formatBytes()))
                .isInstanceOfSatisfying(NoteVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static Ed25519NoteSigner signer(String name) {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return new Ed25519NoteSigner(name, seed);
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
