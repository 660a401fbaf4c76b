package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 66,000 entries: three tile levels (tile/2/000.p/1), so every level of the recomputation is compared. */
class LargeLogTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeLog() throws Exception {
        LogFixture.write(dir, LogFixture.entries(66_000));
    }

    @Test
    void verifiesAndThenFindsACorruptLevelTwoTile() throws Exception {
        CliRun ok = VerifyCommandTest.verify(dir, "--threads", "2");
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("66000 entries, 261 tiles"); // 258 + 2 + 1
        LogFixture.flipByte(dir.resolve("tile/2/000.p/1"), 31);
        CliRun run = VerifyCommandTest.verify(dir, "--threads", "1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).isEqualTo("FAIL: tile tile/2/000.p/1 is corrupt at position 0 (entries"
                + " 0..65535): the entries rebuild the checkpoint root, the tile does not");
    }
}
