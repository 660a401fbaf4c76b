package org.custos.tlog.proof;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.Note;
import org.custos.tlog.note.NoteKeys;
import org.junit.jupiter.api.Test;

/** The code block in tlog/README.md, kept in step with it. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns() throws Exception {
        String privateKeyString = NoteKeys.generate("custos.example/ledger", new SecureRandom()).privateKey();
        byte[] entryBytes = "admission 2026-0042".getBytes(UTF_8);

        MemoryHashStore log = new MemoryHashStore();
        long index = log.append("admission 2026-0042".getBytes(UTF_8));
        Ed25519NoteSigner key = NoteKeys.signer(privateKeyString);          // name = origin
        Note checkpoint = new Checkpoint(key.name(), log.treeSize(), log.rootHash()).sign(key);
        Receipt receipt = new Receipt(Optional.empty(), index,
                ProofBuilder.inclusionProof(index, log.treeSize(), log), checkpoint.formatBytes());
        receipt.verify(entryBytes, key.verifier(), List.of(), 0);            // offline, anywhere

        assertThat(Receipt.parse(receipt.format()).verify(entryBytes, key.verifier(), List.of(), 0).size()).isEqualTo(1);
    }
}
