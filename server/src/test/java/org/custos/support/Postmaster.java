package org.custos.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL's postmaster as another local user sees it: found through /proc by the port in the
 * application's JDBC URL, with what its pid file ({@code postmaster.pid}) says.
 */
public record Postmaster(long pid, String url, Path executable, Path dataDirectory, List<String> pidFile) {

    private static final Pattern PORT = Pattern.compile("//[^:/]+:(\\d+)/");

    public static Postmaster listeningOn(String jdbcUrl) throws IOException {
        Matcher m = PORT.matcher(jdbcUrl);
        if (!m.find()) {
            throw new IllegalArgumentException("no port in " + jdbcUrl);
        }
        String port = m.group(1);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator) {
                List<String> args = commandLine(proc);
                int p = args.indexOf("-p");
                int d = args.indexOf("-D");
                if (!args.isEmpty() && args.getFirst().endsWith("bin/postgres") && p > 0 && d > 0
                        && args.get(p + 1).equals(port)) {
                    Path data = Path.of(args.get(d + 1));
                    return new Postmaster(Long.parseLong(proc.getFileName().toString()),
                            "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                            Files.readSymbolicLink(proc.resolve("exe")), data,
                            Files.readAllLines(data.resolve("postmaster.pid")));
                }
            }
        }
        throw new IllegalStateException("no postmaster on port " + port);
    }

    /** The real uid of the postmaster process, as the kernel knows it. */
    public long uid() throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("Uid:")).map(l -> Long.parseLong(l.split("\\s+")[1])).findFirst().orElseThrow();
    }

    public Path socketDirectory() {
        return Path.of(pidFile.get(4).strip());
    }

    public String listenAddress() {
        return pidFile.get(5).strip();
    }

    private static List<String> commandLine(Path proc) {
        try {
            String raw = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }
}
