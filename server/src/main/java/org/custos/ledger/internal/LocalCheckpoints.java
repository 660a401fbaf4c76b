package org.custos.ledger.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.note.Note;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies, outside the database, of the latest checkpoint this server signed ({@code <data-dir>/ledger/checkpoint})
 * and the latest one a witness cosigned ({@code .../witnessed}): someone who rewrites the database tables cannot
 * rewrite these, so the signer refuses to sign and the audit reports the rewrite.
 */
final class LocalCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(LocalCheckpoints.class);
    private final Path dir;

    LocalCheckpoints(Path dir) {
        this.dir = dir;
    }

    Optional<Checkpoint> signed() {
        return read("checkpoint");
    }

    Optional<Checkpoint> witnessed() {
        return read("witnessed");
    }

    void saveSigned(String note) {
        write("checkpoint", note);
    }

    void saveWitnessed(String note) {
        write("witnessed", note);
    }

    private Optional<Checkpoint> read(String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(Checkpoint.parse(Note.parse(Files.readString(file, StandardCharsets.UTF_8)).text()));
        } catch (Exception e) {
            log.error("Ledger: cannot read the local checkpoint copy {}", file, e);
            return Optional.empty();
        }
    }

    private void write(String name, String note) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".tmp");
            Files.writeString(tmp, note, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error("Ledger: cannot write the local checkpoint copy {}", name, e);
        }
    }
}
