package org.custos.cli.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.custos.cli.CliRun;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.witness.TreeHead;
import org.custos.tlog.merkle.Rfc6962;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessCommandTest {
    @TempDir
    Path dir;

    @Test
    void keygenWritesAPrivateKeyAndPrintsTheVerifierKey() throws Exception {
        Path key = dir.resolve("witness.key");
        CliRun run = CliRun.of("witness", "keygen", "--name", "ombudsman.example/witness", "--key", key.toString());
        assertThat(run.exit()).isZero();
        String vkey = run.out().strip();
        assertThat(vkey).startsWith("ombudsman.example/witness+");
        assertThat(NoteKeys.verifier(vkey).name()).isEqualTo("ombudsman.example/witness");
        String secret = Files.readString(key).strip();
        assertThat(NoteKeys.cosigner(secret, java.time.Clock.systemUTC()).verifier().verifierKey()).isEqualTo(vkey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(CliRun.of("witness", "keygen", "--name", "x", "--key", key.toString()).exit()).isEqualTo(4);
    }

    @Test
    void runningWithoutOptionsIsAUsageError() {
        CliRun run = CliRun.of("witness");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("witness needs --key FILE, --state DIR, --port PORT");
    }

    @Test
    void stateIsReplacedAtomicallyAndNeverRollsBack() throws Exception {
        try (FileWitnessState state = new FileWitnessState(dir)) {
            TreeHead ten = new TreeHead(10, Rfc6962.EMPTY_ROOT);
            assertThat(state.compareAndSet("log.example", null, ten)).isTrue();
            assertThat(state.compareAndSet("log.example", null, ten)).isFalse();
            assertThat(state.compareAndSet("log.example", ten, new TreeHead(5, Rfc6962.EMPTY_ROOT))).isFalse();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(".lock", FileWitnessState.fileName("log.example"));
        }
        try (FileWitnessState reopened = new FileWitnessState(dir)) {
            assertThat(reopened.latest("log.example")).hasValue(new TreeHead(10, Rfc6962.EMPTY_ROOT));
        }
    }
}
