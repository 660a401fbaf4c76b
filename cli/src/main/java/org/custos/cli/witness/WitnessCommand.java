package org.custos.cli.witness;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.custos.cli.verify.TrustOptions;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.witness.Witness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos witness}: a standalone tlog-witness that cosigns checkpoints of the logs it trusts. */
@Command(name = "witness", mixinStandardHelpOptions = true, sortOptions = false, subcommands = KeygenCommand.class,
        description = {"Run a tlog-witness (C2SP tlog-witness v1.0.0): POST /add-checkpoint cosigns checkpoints"
                + " that consistently extend the last one it cosigned; GET / shows its key and latest sizes.",
                "Stop it with Ctrl-C or SIGTERM; its state directory survives restarts."})
public final class WitnessCommand implements Callable<Integer> {
    @Option(names = "--key", paramLabel = "FILE", description = "file holding the witness's PRIVATE+KEY+… string")
    Path keyFile;

    @Option(names = "--log", paramLabel = "VKEY", converter = TrustOptions.KeyConverter.class,
            description = "verifier key of a log to witness (its name is the log's origin); repeatable")
    List<NoteVerifier> logs = new ArrayList<>();

    @Option(names = "--state", paramLabel = "DIR", description = "directory for the durable per-log state")
    Path stateDir;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (0 picks a free one)")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind = "127.0.0.1";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (keyFile == null || stateDir == null || port == null || logs.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "witness needs --key FILE, --state DIR, --port PORT and at least one --log VKEY");
        }
        CosignatureSigner signer;
        try {
            signer = NoteKeys.cosigner(Files.readString(keyFile, StandardCharsets.UTF_8).strip(), Clock.systemUTC());
        } catch (IOException | TlogFormatException e) {
            throw new ParameterException(spec.commandLine(), "cannot use --key " + keyFile + ": " + e.getMessage());
        }
        Map<String, List<NoteVerifier>> byOrigin = new LinkedHashMap<>();
        logs.forEach(v -> byOrigin.computeIfAbsent(v.name(), n -> new ArrayList<>()).add(v));
        FileWitnessState state = new FileWitnessState(stateDir);
        Witness witness = new Witness(signer, byOrigin, state);
        String vkey = signer.verifier().verifierKey();
        WitnessServer server = new WitnessServer(witness, state, vkey, List.copyOf(byOrigin.keySet()),
                new InetSocketAddress(bind, port)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                state.close();
            } catch (IOException ignored) {
                // the process is exiting; the lock goes with it
            }
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.println("witness " + vkey);
        out.println("listening on http://" + bind + ":" + server.port() + "/ for " + String.join(", ", byOrigin.keySet()));
        out.flush();
        stopped.await();
        return 0;
    }
}
