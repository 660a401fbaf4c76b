package org.custos.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.NoteKeys;

/**
 * The log's Ed25519 signing key: {@code CUSTOS_LEDGER_KEY} (a {@code PRIVATE+KEY+...} string) if set,
 * otherwise {@code <data-dir>/ledger/log-key}, generated on first start with permissions 0600.
 * The key name must equal the origin.
 */
final class LogKey {

    private LogKey() {
    }

    static Ed25519NoteSigner load(String fromEnvironment, Path dataDir, String origin) {
        String text = fromEnvironment == null || fromEnvironment.isBlank() ? fromFile(dataDir, origin) : fromEnvironment;
        Ed25519NoteSigner signer;
        try {
            signer = NoteKeys.signer(text.strip());
        } catch (TlogFormatException e) {
            throw new IllegalStateException("the ledger key is not a valid Ed25519 private key string: "
                    + e.getMessage());
        }
        if (!signer.name().equals(origin)) {
            throw new IllegalStateException("the ledger key is named '" + signer.name()
                    + "' but custos.ledger.origin is '" + origin + "'");
        }
        return signer;
    }

    private static String fromFile(Path dataDir, String origin) {
        Path file = dataDir.resolve("ledger").resolve("log-key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                String key = NoteKeys.generate(origin, new SecureRandom()).privateKey() + "\n";
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    return Files.readString(file, StandardCharsets.US_ASCII);
                }
                Files.writeString(file, key, StandardCharsets.US_ASCII);
                return key;
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger key " + file, e);
        }
    }
}
