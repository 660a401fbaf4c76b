package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custos.cli.LogFixture.COURT;
import static org.custos.cli.LogFixture.LOG;
import static org.custos.cli.LogFixture.OMBUDSMAN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.proof.Receipt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** custos verify-receipt: a tlog-proof receipt handed to a visitor proves one entry, offline. */
class VerifyReceiptCommandTest {
    @TempDir
    Path dir;
    Path receipt;
    Path entry;
    List<byte[]> entries = LogFixture.entries(1000);

    @BeforeEach
    void writeReceipt() throws Exception {
        MemoryHashStore log = LogFixture.memory(entries);
        byte[] checkpoint = new Checkpoint(LOG.name(), 1000, log.rootHash()).sign(LOG, OMBUDSMAN).formatBytes();
        Receipt r = new Receipt(Optional.empty(), 777, ProofBuilder.inclusionProof(777, 1000, log), checkpoint);
        receipt = Files.writeString(dir.resolve("receipt.txt"), r.format());
        entry = Files.write(dir.resolve("entry.bin"), entries.get(777));
    }

    CliRun verify(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("verify-receipt", "--log-key", LOG.verifier()
                .verifierKey(), "--receipt", receipt.toString(), "--entry", entry.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void receiptProvesTheEntry() {
        CliRun run = verify("--witness", OMBUDSMAN.verifier().verifierKey());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.firstLine()).startsWith("OK: the entry (leaf hash ").contains(") is entry 777 of log"
                + " custos.example/ledger at size 1000").endsWith("cosigned by ombudsman.example/witness");
    }

    @Test
    void anotherEntryDoesNotVerify() throws Exception {
        Files.write(entry, entries.get(778));
        CliRun run = verify("--json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"status\":\"inconsistent\"").contains("ROOT_MISMATCH");
    }

    @Test
    void missingWitnessCosignatureIsNotTrusted() {
        CliRun run = verify("--witness", COURT.verifier().verifierKey());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.firstLine()).isEqualTo("UNTRUSTED: witness quorum not met: 0 of 1 witnesses cosigned the"
                + " receipt's checkpoint");
    }

    @Test
    void verifierKeyCanBeReadFromAFile() throws Exception {
        Path vkey = Files.writeString(dir.resolve("log.vkey"), LOG.verifier().verifierKey() + "\n");
        CliRun run = CliRun.of("verify-receipt", "--log-key", vkey.toString(), "--receipt", receipt.toString(),
                "--entry", entry.toString());
        assertThat(run.exit()).isZero();
    }
}
