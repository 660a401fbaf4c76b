package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.cli.LogFixture.COURT;
import static org.custos.cli.LogFixture.IMPOSTOR;
import static org.custos.cli.LogFixture.LOG;
import static org.custos.cli.LogFixture.OMBUDSMAN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** custos verify over a directory of tiles: an intact log verifies; each kind of tampering is named exactly. */
class VerifyCommandTest {
    static final int SIZE = 3000; // 11 full bundles and one of 184; level-1 tile 000.p/11

    @TempDir
    Path tmp;
    Path dir;
    List<byte[]> entries;

    @BeforeEach
    void writeLog() throws Exception {
        dir = tmp.resolve("log");
        entries = LogFixture.entries(SIZE);
        LogFixture.write(dir, entries);
    }

    static CliRun verify(Path dir, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--dir", dir.toString(),
                "--log-key", LOG.verifier().verifierKey(),
                "--witness", OMBUDSMAN.verifier().verifierKey(), "--witness", COURT.verifier().verifierKey()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void intactLogVerifies() {
        CliRun run = verify(dir);
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.firstLine()).startsWith("OK: log custos.example/ledger verified: 3000 entries rebuild root")
                .contains("cosigned by ombudsman.example/witness, court.example/witness");
        assertThat(run.out()).contains("checked:     3000 entries, 13 tiles");
    }

    @Test
    void jsonOutput() {
        CliRun run = verify(dir, "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{\"status\":\"verified\",\"exitCode\":0,").contains("\"size\":3000")
                .contains("\"discrepancies\":[]");
    }

    @Test
    void editedEntryIsNamed() throws Exception {
        LogFixture.editEntry(dir, 1234, SIZE, "custody event 001234 released".getBytes());
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: entry 1234 was altered: its hash differs from the one in"
                + " tile/0/004, which the checkpoint root authenticates");
        assertThat(verify(dir, "--json").out()).contains("{\"kind\":\"ENTRY_ALTERED\",\"index\":1234,"
                + "\"path\":\"tile/0/004\"");
    }

    @Test
    void deletedEntryIsNamed() throws Exception {
        LogFixture.deleteEntry(dir, entries, 1500);
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: entry 1500 is missing: the bundle holds at index 1500 the entry"
                + " the log recorded at 1501; the following entries are shifted down by one");
        assertThat(run.out()).contains("ENTRY_MISSING index 2999 tile/entries/011.p/184");
    }

    @Test
    void adjacentSwapNamesBothEntriesAsAltered() throws Exception {
        LogFixture.editEntry(dir, 1500, SIZE, entries.get(1501));
        LogFixture.editEntry(dir, 1501, SIZE, entries.get(1500));
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: entry 1500 was altered");
        assertThat(run.out()).contains("ENTRY_ALTERED index 1501 tile/0/005").doesNotContain("ENTRY_MISSING")
                .doesNotContain("shifted");
    }

    @Test
    void missingBundleIsNamed() throws Exception {
        Files.delete(dir.resolve("tile/entries/007"));
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("FAIL: entry bundle tile/entries/007 is not served: entries"
                + " 1792..2047 are missing");
    }

    @Test
    void flippedLeafTileHashIsNamed() throws Exception {
        LogFixture.flipByte(dir.resolve("tile/0/004"), 10 * 32 + 5);
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: tile tile/0/004 is corrupt at position 10 (entry 1034): the"
                + " entries rebuild the checkpoint root, the tile does not");
    }

    @Test
    void flippedHigherTileHashIsNamed() throws Exception {
        LogFixture.flipByte(dir.resolve("tile/1/000.p/11"), 3 * 32);
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("FAIL: tile tile/1/000.p/11 is corrupt at position 3 (entries"
                + " 768..1023): the entries rebuild the checkpoint root, the tile does not");
    }

    @Test
    void checkpointSignedByAnotherKeyIsNotTrusted() throws Exception {
        LogFixture.write(dir, entries, IMPOSTOR, OMBUDSMAN, COURT);
        CliRun run = verify(dir);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.firstLine()).isEqualTo("UNTRUSTED: the checkpoint is not signed by the log key "
                + LOG.name() + "+" + String.format("%08x", LOG.keyId()));
    }

    @Test
    void witnessQuorumNotMet() throws Exception {
        LogFixture.write(dir, entries, LOG, OMBUDSMAN);
        CliRun run = verify(dir, "--quorum", "2");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.firstLine()).isEqualTo("UNTRUSTED: witness quorum not met: 1 of 2 witnesses cosigned the"
                + " checkpoint");
        assertThat(verify(dir, "--quorum", "1").exit()).isZero();
    }

    @Test
    void quorumLargerThanWitnessesIsAUsageError() {
        CliRun run = verify(dir, "--quorum", "3");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--quorum 3 needs at least 3 --witness keys");
    }

    @Test
    void missingCheckpointIsAnError() throws Exception {
        Files.delete(dir.resolve("checkpoint"));
        assertThat(verify(dir).exit()).isEqualTo(4);
    }
}
