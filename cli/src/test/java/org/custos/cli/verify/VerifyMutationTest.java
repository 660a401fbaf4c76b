package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.cli.LogFixture.LOG;
import static org.custos.cli.LogFixture.OMBUDSMAN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.NoteSignature;
import org.custos.tlog.note.NoteSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each form of malformed tile, bundle or checkpoint that the Go reference (sumdb/tlog, sumdb/note) rejects is
 * rejected by {@code custos verify} too, and never printed as "OK": one test per form.
 */
class VerifyMutationTest {
    static final int SIZE = 600; // bundles 000, 001 full, 002.p/88; tiles 0/000, 0/001, 0/002.p/88, 1/000.p/2

    @TempDir
    Path dir;

    @BeforeEach
    void writeLog() throws Exception {
        LogFixture.write(dir, LogFixture.entries(SIZE), LOG);
        assertThat(verify().exit()).isZero();
    }

    CliRun verify() {
        return CliRun.of("verify", "--dir", dir.toString(), "--log-key", LOG.verifier().verifierKey());
    }

    @Test
    void trailingBytesOnThePartialBundle() throws Exception {
        append("tile/entries/002.p/88", new byte[] {0, 1, 'x'});
        assertFails("BUNDLE_UNREADABLE", "has 3 bytes after its last entry (entry 599)");
    }

    @Test
    void trailingBytesOnAFullBundle() throws Exception {
        append("tile/entries/001", new byte[] {0});
        assertFails("BUNDLE_UNREADABLE", "has 1 bytes after its last entry (entry 511)");
    }

    @Test
    void thirtyTwoBytesAppendedToALevelZeroTile() throws Exception {
        append("tile/0/001", new byte[32]);
        assertFails("TILE_MALFORMED", "tile tile/0/001 has 32 bytes more than its 256 hashes");
        LogFixture.write(dir, LogFixture.entries(SIZE), LOG);
        append("tile/0/002.p/88", new byte[32]);
        assertFails("TILE_MALFORMED", "tile tile/0/002.p/88 has 32 bytes more than its 88 hashes");
    }

    @Test
    void bytesAppendedToAHigherTile() throws Exception {
        append("tile/1/000.p/2", new byte[32]);
        assertFails("TILE_MISSING", "tile/1/000.p/2");
    }

    @Test
    void shortTileAndShortBundle() throws Exception {
        truncate("tile/0/000", 1);
        assertFails("TILE_MISSING", "tile tile/0/000 is not served (or too short)");
        LogFixture.write(dir, LogFixture.entries(SIZE), LOG);
        truncate("tile/entries/002.p/88", 1);
        assertFails("BUNDLE_UNREADABLE", "entry 599 cannot be decoded");
    }

    @Test
    void aPartialReadFromAFullBundleWithExtraBytesIsNotCutToFit() throws Exception {
        Path partial = dir.resolve("tile/entries/002.p/88");
        byte[] bundle = Files.readAllBytes(partial);
        Files.delete(partial);
        Files.write(dir.resolve("tile/entries/002"), concat(bundle, new byte[] {0, 0}));
        assertFails("BUNDLE_UNREADABLE", "has 2 bytes after its last entry");
    }

    @Test
    void extraLineAfterTheSignatures() throws Exception {
        Files.writeString(dir.resolve("checkpoint"), checkpoint() + "extra\n");
        assertUntrusted();
    }

    @Test
    void nonCanonicalBase64Root() throws Exception {
        String text = text();
        String[] lines = text.split("\n");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int last = alphabet.indexOf(lines[2].charAt(42)); // 43 characters carry 258 bits: the last 2 must be zero
        lines[2] = lines[2].substring(0, 42) + alphabet.charAt((last & ~3) | 1) + "=";
        writeSigned(String.join("\n", lines) + "\n", LOG);
        assertUntrusted();
    }

    @Test
    void emptyExtensionLine() throws Exception {
        writeSigned(text() + "\n", LOG);
        assertUntrusted();
    }

    @Test
    void checkpointSignedOnlyByAWitnessKey() throws Exception {
        String text = text();
        NoteSignature only = new NoteSignature(OMBUDSMAN.name(), OMBUDSMAN.keyId(),
                OMBUDSMAN.sign(text.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("checkpoint"), text + "\n" + only.line());
        CliRun run = CliRun.of("verify", "--dir", dir.toString(), "--log-key", LOG.verifier().verifierKey(),
                "--witness", OMBUDSMAN.verifier().verifierKey());
        assertThat(run.exit()).as(run.out()).isNotZero();
        assertThat(run.out()).doesNotStartWith("OK").contains("is not signed by the log key");
    }

    @Test
    void theOriginIsChecked() throws Exception {
        Ed25519NoteSigner other = new Ed25519NoteSigner("elsewhere.example/ledger", LogFixture.seed(1));
        writeSigned(text().replace(LOG.name(), other.name()), other);
        assertUntrusted();
        CliRun run = CliRun.of("verify", "--dir", dir.toString(), "--log-key", LOG.verifier().verifierKey(),
                "--log-key", other.verifier().verifierKey());
        assertThat(run.exit()).as(run.out()).isZero(); // trusted when its own key is given: the check is the origin
    }

    private void assertFails(String kind, String message) {
        CliRun run = CliRun.of("verify", "--dir", dir.toString(), "--log-key", LOG.verifier().verifierKey());
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).doesNotStartWith("OK").contains(kind).contains(message);
    }

    private void assertUntrusted() {
        CliRun run = CliRun.of("verify", "--dir", dir.toString(), "--log-key", LOG.verifier().verifierKey());
        assertThat(run.exit()).as(run.out()).isNotZero().isNotEqualTo(1);
        assertThat(run.out()).doesNotStartWith("OK");
    }

    private String checkpoint() throws Exception {
        return Files.readString(dir.resolve("checkpoint"));
    }

    private String text() throws Exception {
        String note = checkpoint();
        return note.substring(0, note.indexOf("\n\n") + 1);
    }

    private void writeSigned(String text, NoteSigner signer) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("checkpoint"), text + "\n"
                + new NoteSignature(signer.name(), signer.keyId(), signer.sign(bytes)).line());
    }

    private void append(String path, byte[] extra) throws Exception {
        Path file = dir.resolve(path);
        Files.write(file, concat(Files.readAllBytes(file), extra));
    }

    private void truncate(String path, int by) throws Exception {
        Path file = dir.resolve(path);
        byte[] data = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(data, data.length - by));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
