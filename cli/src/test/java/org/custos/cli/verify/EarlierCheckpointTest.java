package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log operator holding the log key truncates the log and rebuilds it with other entries: the new log is
 * self-consistent and properly signed, so only a saved earlier checkpoint (or copy) exposes the rewrite.
 */
class EarlierCheckpointTest {
    @TempDir
    Path tmp;
    Path earlierCheckpoint;
    Path earlierCopy;
    List<byte[]> original;

    @BeforeEach
    void saveEarlierState() throws Exception {
        original = LogFixture.entries(3000);
        Path log = tmp.resolve("log");
        LogFixture.write(log, original);
        earlierCheckpoint = tmp.resolve("earlier.checkpoint");
        Files.copy(log.resolve("checkpoint"), earlierCheckpoint);
        earlierCopy = tmp.resolve("mirror");
        LogFixture.copy(log, earlierCopy);
    }

    /** The first {@code keep} original entries followed by forged ones, up to {@code size}. */
    Path rewritten(int keep, int size) throws Exception {
        List<byte[]> entries = new ArrayList<>(original.subList(0, keep));
        entries.addAll(LogFixture.entries(keep, size, "forged"));
        Path dir = tmp.resolve("rewritten-" + keep + "-" + size);
        LogFixture.write(dir, entries);
        return dir;
    }

    @Test
    void extensionIsConsistent() throws Exception {
        List<byte[]> grown = new ArrayList<>(original);
        grown.addAll(LogFixture.entries(3000, 3500, "admission"));
        Path dir = tmp.resolve("grown");
        LogFixture.write(dir, grown);
        CliRun run = VerifyCommandTest.verify(dir, "--since", earlierCheckpoint.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.firstLine()).endsWith("consistent with the earlier checkpoint of size 3000");
        assertThat(VerifyCommandTest.verify(dir, "--since", earlierCopy.toString()).exit()).isZero();
    }

    @Test
    void rewrittenHistoryIsSelfConsistentButNotWithTheEarlierCheckpoint() throws Exception {
        Path dir = rewritten(1700, 3300);
        assertThat(VerifyCommandTest.verify(dir).exit()).isZero();
        CliRun run = VerifyCommandTest.verify(dir, "--since", earlierCheckpoint.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: history was rewritten: the first 3000 entries no longer hash"
                + " to the earlier checkpoint's root");
    }

    @Test
    void anEarlierCopyNamesTheRewrittenEntry() throws Exception {
        CliRun run = VerifyCommandTest.verify(rewritten(1700, 3300), "--since", earlierCopy.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: history was rewritten at entry 1700:");
    }

    @Test
    void truncatedLogIsShorterThanTheEarlierCheckpoint() throws Exception {
        Path dir = rewritten(1700, 2500);
        CliRun run = VerifyCommandTest.verify(dir, "--since", earlierCheckpoint.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("FAIL: the log is shorter than the earlier checkpoint: it has 2500"
                + " entries, the earlier checkpoint covered 3000; entries 2500..2999 are gone");
        CliRun named = VerifyCommandTest.verify(dir, "--since", earlierCopy.toString(), "--json");
        assertThat(named.out()).contains("{\"kind\":\"HISTORY_REWRITTEN\",\"index\":1700,");
    }

    @Test
    void earlierCheckpointMustBeSignedByTheLog() throws Exception {
        Files.writeString(earlierCheckpoint, new org.custos.tlog.checkpoint.Checkpoint(LogFixture.LOG.name(), 10,
                org.custos.tlog.merkle.Rfc6962.EMPTY_ROOT).sign(LogFixture.IMPOSTOR).format());
        CliRun run = VerifyCommandTest.verify(tmp.resolve("log"), "--since", earlierCheckpoint.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.firstLine()).startsWith("UNTRUSTED: the earlier checkpoint is not signed by the log key");
    }
}
