package org.custos.tlog.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks Java output with the Go reference implementation (golang.org/x/mod/sumdb/note, sumdb/tlog). Skipped when
 * {@code go} is not on PATH, unless CI=true, in which case a missing toolchain fails the build.
 */
class GoInteropTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static Path verifier;

    @BeforeAll
    static void buildVerifier() throws Exception {
        if (!goOnPath()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the go toolchain is not on PATH (install golang-go and golang-golang-x-mod-dev)");
            }
            assumeTrue(false, "go is not on PATH; skipping Go interop");
        }
        verifier = MODULE.resolve("target/go-verifier");
        Result build = run(MODULE.resolve("interop/verifier"), "go", "build", "-o", verifier.toString(), ".");
        assertThat(build.exit()).as("go build output: %s", build.output()).isZero();
    }

    @Test
    void goVerifiesTheJavaLog(@TempDir Path dir) throws Exception {
        GoFixture.write(dir);
        Result result = run(dir, verifier.toString(), dir.toString());
        assertThat(result.output()).startsWith("OK size=1000 entries=1000 tiles=5 inclusion=9 consistency=6");
        assertThat(result.exit()).isZero();
    }

    @Test
    void goRejectsATamperedTile(@TempDir Path dir) throws Exception {
        assertRejected(dir, "tile/0/000", "tile tile/0/000 differs", bytes -> flip(bytes, 40));
    }

    @Test
    void goRejectsATamperedEntryBundle(@TempDir Path dir) throws Exception {
        assertRejected(dir, "tile/entries/001", "root rebuilt from the entry bundles", bytes -> flip(bytes, 5));
    }

    @Test
    void goRejectsATamperedCheckpoint(@TempDir Path dir) throws Exception {
        assertRejected(dir, "checkpoint", "invalid signature", bytes -> text(bytes).replace("\n1000\n", "\n1001\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goRejectsATamperedProof(@TempDir Path dir) throws Exception {
        assertRejected(dir, "proofs.txt", "inclusion proof 1000/733", bytes -> {
            String[] lines = text(bytes).split("\n");
            String[] fields = lines[4].split(" ");
            char c = fields[6].charAt(0);
            fields[6] = (c == 'A' ? 'B' : 'A') + fields[6].substring(1);
            lines[4] = String.join(" ", fields);
            return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        });
    }

    private static void assertRejected(Path dir, String file, String reason, UnaryOperator<byte[]> tamper) throws Exception {
        GoFixture.write(dir);
        Path target = dir.resolve(file);
        Files.write(target, tamper.apply(Files.readAllBytes(target)));
        Result result = run(dir, verifier.toString(), dir.toString());
        System.out.println("go verifier on tampered " + file + ": " + result.output().strip());
        assertThat(result.output()).startsWith("FAIL:").contains(reason);
        assertThat(result.exit()).isEqualTo(1);
    }

    private static byte[] flip(byte[] bytes, int at) {
        bytes[at] ^= 1;
        return bytes;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    record Result(int exit, String output) {
    }

    private static Result run(Path workDir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GO111MODULE", "off");
        env.put("GOPATH", System.getenv().getOrDefault("CUSTOS_GOPATH", "/usr/share/gocode"));
        env.put("GOFLAGS", "");
        env.put("GOPROXY", "off");
        env.put("GOCACHE", MODULE.resolve("target/go-cache").toString());
        env.putIfAbsent("HOME", MODULE.resolve("target").toString());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean goOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "go")));
    }
}
