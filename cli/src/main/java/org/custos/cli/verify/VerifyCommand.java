package org.custos.cli.verify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos verify}: rebuilds a whole log from its entries and checks it against its signed checkpoint. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verify a whole transparency log offline: checkpoint signature and witness quorum, every"
                + " entry re-hashed, every tile compared, the root rebuilt, consistency with an earlier checkpoint.",
                "Exit codes: 0 verified, 1 discrepancy found, 2 usage error, 3 checkpoint not trusted,"
                        + " 4 log unreadable."})
public final class VerifyCommand implements Callable<Integer> {
    @Mixin
    TrustOptions trust;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Location location;

    static final class Location {
        @Option(names = "--url", paramLabel = "URL", description = "prefix of the log's tlog-tiles API (http or https)")
        String url;

        @Option(names = "--dir", paramLabel = "DIR", description = "directory with checkpoint, tile/… and tile/entries/…")
        Path dir;
    }

    @Option(names = "--header", paramLabel = "'NAME: VALUE'", description = "extra HTTP header, e.g. "
            + "'Authorization: Bearer …'; repeatable")
    List<String> headers = new ArrayList<>();

    @Option(names = "--user", paramLabel = "USER:PASSWORD", description = "HTTP basic credentials")
    String user;

    @Option(names = "--since", paramLabel = "FILE|DIR", description = "an earlier signed checkpoint the log must"
            + " extend, or an earlier copy of the log (a directory with checkpoint and tiles) to name a rewritten entry")
    Path since;

    @Option(names = "--check-openings", description = "after the tree checks, fetch every entry's opening from the"
            + " server (GET <api>/entries/{index}/opening, same credentials; needs a role allowed to open commitments)"
            + " and check it against the entry's commitment: finds edited (RECORD_ALTERED) and deleted"
            + " (RECORD_MISSING) records; only with --url")
    boolean checkOpenings;

    @Option(names = "--openings-from", paramLabel = "N", description = "with --check-openings: start at entry N"
            + " (default 0)")
    Long openingsFrom;

    @Option(names = "--api", paramLabel = "URL", description = "with --check-openings: the server's ledger API"
            + " (default: --url with its trailing /ledger replaced by /api/v1/ledger)")
    String api;

    @Option(names = "--threads", paramLabel = "N", description = "hashing threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LogVerifier.Options options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            Report r = Report.early(Report.Status.ERROR, "cannot read --since " + since + ": " + e.getMessage(),
                    String.valueOf(location.url != null ? location.url : location.dir), 0);
            print(r, out);
            return r.status().exitCode;
        }
        Report report = LogVerifier.verify(options);
        print(report, out);
        return report.status().exitCode;
    }

    private LogVerifier.Options options() throws IOException {
        LogSource source;
        OpeningChecker openings = null;
        if (!checkOpenings && (openingsFrom != null || api != null)) {
            throw new IllegalArgumentException("--openings-from and --api need --check-openings");
        }
        if (checkOpenings && location.url == null) {
            throw new IllegalArgumentException("--check-openings needs --url: openings come from the server");
        }
        if (openingsFrom != null && openingsFrom < 0) {
            throw new IllegalArgumentException("--openings-from must not be negative");
        }
        if (location.url != null) {
            if (!location.url.startsWith("http://") && !location.url.startsWith("https://")) {
                throw new IllegalArgumentException("--url must start with http:// or https://");
            }
            List<String> all = new ArrayList<>(headers);
            String base = api != null ? api : OpeningChecker.apiFor(location.url);
            if (checkOpenings && !base.startsWith("http://") && !base.startsWith("https://")) {
                throw new IllegalArgumentException("--api must start with http:// or https://");
            }
            if (user != null && checkOpenings) { // one password check, then a token for every opening and tile
                all.add("Authorization: " + BearerToken.authorization(BearerToken.endpointFor(base), user));
            } else if (user != null) {
                all.add("Authorization: Basic "
                        + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
            }
            source = new HttpSource(location.url, all);
            if (checkOpenings) {
                openings = new OpeningChecker(new OpeningChecker.Config(base, all,
                        openingsFrom == null ? 0 : openingsFrom));
            }
        } else {
            if (!Files.isDirectory(location.dir)) {
                throw new IllegalArgumentException("--dir " + location.dir + " is not a directory");
            }
            source = new DirectorySource(location.dir);
        }
        byte[] earlier = null;
        LogSource earlierTiles = null;
        if (since != null && Files.isDirectory(since)) {
            earlierTiles = new DirectorySource(since);
            earlier = Files.readAllBytes(since.resolve("checkpoint"));
        } else if (since != null) {
            earlier = Files.readAllBytes(since);
        }
        return new LogVerifier.Options(source, trust.logKeys(), trust.witnesses(), trust.quorum(), earlier,
                earlierTiles, threads, openings);
    }

    private void print(Report report, PrintWriter out) {
        if (json) {
            ReportPrinter.json(report, out);
        } else {
            ReportPrinter.text(report, out);
        }
    }
}
