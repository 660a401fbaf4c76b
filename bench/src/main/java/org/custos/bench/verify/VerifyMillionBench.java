package org.custos.bench.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.custos.cli.CustosCli;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.tiles.TileDirectory;
import picocli.CommandLine;

/**
 * Times {@code custos verify --dir} over a 1,000,000-entry log of ~100-byte entries (not a JMH benchmark: one
 * verification is seconds of work). Builds the tile directory once, then verifies it {@code runs} times in this
 * JVM; the first run is the cold figure a user sees after JVM start.
 *
 * <pre>java -cp bench/target/custos-bench.jar org.custos.bench.verify.VerifyMillionBench [DIR] [RUNS] [ENTRIES]</pre>
 */
public final class VerifyMillionBench {
    private static final Ed25519NoteSigner LOG = new Ed25519NoteSigner("bench.custos.example/ledger", seed(1));
    private static final CosignatureSigner WITNESS =
            new CosignatureSigner("bench.custos.example/witness", seed(2), Clock.systemUTC());

    private VerifyMillionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/custos-verify-1m");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        if (!Files.exists(dir.resolve("checkpoint"))) {
            long start = System.nanoTime();
            build(dir, entries);
            System.out.printf("built %,d entries in %s in %.1f s%n", entries, dir, (System.nanoTime() - start) / 1e9);
        }
        String[] command = {"verify", "--dir", dir.toString(), "--log-key", LOG.verifier().verifierKey(),
                "--witness", WITNESS.verifier().verifierKey(), "--quorum", "1"};
        System.out.println("command: custos " + String.join(" ", command));
        for (int run = 1; run <= runs; run++) {
            StringWriter out = new StringWriter();
            CommandLine cli = CustosCli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            long start = System.nanoTime();
            int exit = cli.execute(command);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: exit %d in %.3f s  %s%n", run, exit, seconds, out.toString().lines()
                    .findFirst().orElse("").substring(0, 60));
        }
    }

    /** Entries of exactly 100 bytes, tiles, bundles and a checkpoint cosigned by the bench witness. */
    static void build(Path dir, int n) throws IOException {
        List<byte[]> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = String.format("{\"event\":\"gate-entry\",\"facility\":\"F-%03d\",\"person\":\"P-%08d\","
                    + "\"at\":\"2026-01-01T00:00:00Z\"}", i % 97, i);
            entries.add(String.format("%-100s", text).getBytes(StandardCharsets.UTF_8));
        }
        MemoryHashStore log = new MemoryHashStore();
        log.appendAll(entries);
        TileDirectory tiles = new TileDirectory(dir);
        tiles.writeTiles(0, n, log);
        tiles.writeEntryBundles(0, entries);
        Files.writeString(dir.resolve("checkpoint"),
                new Checkpoint(LOG.name(), n, log.rootHash()).sign(LOG, WITNESS).format());
        Files.writeString(dir.resolve("log.vkey"), LOG.verifier().verifierKey() + "\n");
        Files.writeString(dir.resolve("witness.vkey"), WITNESS.verifier().verifierKey() + "\n");
    }

    private static byte[] seed(int b) {
        return String.format("%032d", b).getBytes(StandardCharsets.US_ASCII);
    }
}
