package org.custos.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The PeterNeumann vector from transparency-log.md, which is the public example of golang.org/x/mod/sumdb/note
 * (example_test.go). Ed25519 (RFC 8032) is deterministic, so signing the text with the seed inside the private key
 * must reproduce the published signature line byte for byte.
 */
class SignedNoteKnownAnswerTest {
    static final String SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String SIGNATURE_LINE = "\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String SIGNED = TEXT + "\n" + SIGNATURE_LINE;

    @Test
    void signingReproducesThePublishedNote() throws Exception {
        Ed25519NoteSigner signer = NoteKeys.signer(SKEY);
        assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
        assertThat(Note.sign(TEXT, signer).format()).isEqualTo(SIGNED);
    }

    @Test
    void publicKeyDerivedFromTheSeedIsThePublishedVerifierKey() throws Exception {
        assertThat(NoteKeys.signer(SKEY).verifier().verifierKey()).isEqualTo(VKEY);
    }

    @Test
    void publishedNoteVerifiesWithThePublishedVerifierKey() throws Exception {
        NoteVerifier verifier = NoteKeys.verifier(VKEY);
        VerifiedNote opened = NoteVerifiers.of(verifier).open(SIGNED.getBytes(StandardCharsets.UTF_8));
        assertThat(opened.note().text()).isEqualTo(TEXT);
        assertThat(opened.verifiedBy()).containsExactly(verifier);
        assertThat(opened.note().format()).isEqualTo(SIGNED);
    }

    @Test
    void keyIdIsTheFirstFourBytesOfTheNamedTypedKeyHash() throws Exception {
        // SHA-256("PeterNeumann" || 0x0A || 0x01 || pub)[:4] = c74f20a3, as printed in both key strings.
        byte[] typed = java.util.Base64.getDecoder().decode(VKEY.substring(VKEY.lastIndexOf('+') + 1));
        byte[] pub = java.util.Arrays.copyOfRange(typed, 1, typed.length);
        assertThat(KeyNames.keyId("PeterNeumann", KeyNames.TYPE_ED25519, pub)).isEqualTo(0xc74f20a3);
    }
}
