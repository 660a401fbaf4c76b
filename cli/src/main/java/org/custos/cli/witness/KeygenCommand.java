package org.custos.cli.witness;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.custos.tlog.note.NoteKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos witness keygen}: a new cosigning key; the private key goes to a file, the vkey to stdout. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Create a witness cosigning key (Ed25519 cosignature/v1). Writes the private key to --key"
                + " (never overwritten, mode 600) and prints the verifier key to publish.")
public final class KeygenCommand implements Callable<Integer> {
    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "key name, e.g. ombudsman.example/witness")
    String name;

    @Option(names = "--key", paramLabel = "FILE", description = "where to write the private key (default: ${DEFAULT-VALUE})")
    Path keyFile = Path.of("witness.key");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NoteKeys.KeyStrings key;
        try {
            key = NoteKeys.generateCosigner(name, new SecureRandom());
        } catch (IllegalArgumentException e) {
            err.println("invalid key name '" + name + "': " + e.getMessage());
            return 2;
        }
        try {
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, key.privateKey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println(keyFile + " already exists; not overwriting a key");
            return 4;
        } catch (IOException e) {
            err.println("cannot write " + keyFile + ": " + e.getMessage());
            return 4;
        }
        out.println(key.verifierKey());
        err.println("private key written to " + keyFile);
        out.flush();
        err.flush();
        return 0;
    }
}
