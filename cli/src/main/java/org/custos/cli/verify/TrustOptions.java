package org.custos.cli.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.note.NoteVerifier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The keys a verifier trusts: the log's key(s), witness keys and how many witnesses must cosign. */
public final class TrustOptions {
    @Option(names = "--log-key", required = true, paramLabel = "VKEY", converter = KeyConverter.class,
            description = "verifier key of the log, <name>+<id>+<base64> (or a file holding it); repeatable for"
                    + " rotated keys")
    List<NoteVerifier> logKeys = new ArrayList<>();

    @Option(names = "--witness", paramLabel = "VKEY", converter = KeyConverter.class,
            description = "verifier key of a trusted witness (or a file holding it); repeatable")
    List<NoteVerifier> witnesses = new ArrayList<>();

    @Option(names = "--quorum", paramLabel = "N",
            description = "how many distinct --witness keys must cosign (default: all of them)")
    Integer quorum;

    public List<NoteVerifier> logKeys() {
        return List.copyOf(logKeys);
    }

    public List<NoteVerifier> witnesses() {
        return List.copyOf(witnesses);
    }

    /** The quorum, or an error message if it cannot be met by the given witnesses. */
    int quorum() {
        int q = quorum == null ? witnesses.size() : quorum;
        if (q < 0 || q > witnesses.size()) {
            throw new IllegalArgumentException("--quorum " + q + " needs at least " + q + " --witness keys, got "
                    + witnesses.size());
        }
        return q;
    }

    /** Parses a verifier key string, or reads it from the first line of a file. */
    public static final class KeyConverter implements ITypeConverter<NoteVerifier> {
        @Override
        public NoteVerifier convert(String value) {
            String key = value.trim();
            try {
                if (!key.contains("+")) { // not a key string: a file holding one
                    key = Files.readString(Path.of(key)).strip().lines().findFirst().orElse("");
                }
                return NoteKeys.verifier(key);
            } catch (TlogFormatException | IOException | RuntimeException e) {
                throw new TypeConversionException("not a verifier key (" + e.getMessage() + "): " + value);
            }
        }
    }
}
