package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commitment arithmetic of docs/ledger-entry-format.md and {@code custos verify --check-openings}. */
class OpeningCheckTest {
    static final int SIZE = 300;
    static final Base64.Encoder B64 = Base64.getEncoder();

    @TempDir
    Path dir;
    HttpServer server;
    String url;
    final Map<Long, String> openings = new HashMap<>();
    int openingStatus = 200;
    boolean issuesTokens;
    final java.util.concurrent.atomic.AtomicInteger passwordChecks = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void recomputesSha256OfSaltThenContentAsTheFormatSpecifies() {
        byte[] salt = new byte[32];
        for (int i = 0; i < 32; i++) {
            salt[i] = (byte) i;
        }
        String content = "custos-ledger-record/v1\nevent_id 00000000-0000-0000-0000-000000000001\n";
        // python3: base64(sha256(bytes(range(32)) + content))
        String expected = "KZHDk4OECEFOGilrWD1LmX56x+0b9gpW8+CBjI+yx18=";
        Opening opening = new Opening(0, null, B64.encodeToString(salt), content);
        assertThat(B64.encodeToString(opening.recompute())).isEqualTo(expected);
        byte[] entry = entry(1, expected).getBytes(StandardCharsets.US_ASCII);
        assertThat(Opening.entryCommitment(entry, 0, entry.length)).isEqualTo(Base64.getDecoder().decode(expected));
        assertThat(new Opening(0, null, B64.encodeToString(salt), content + "x").recompute())
                .isNotEqualTo(opening.recompute());
        assertThat(new Opening(0, null, B64.encodeToString(salt), content + "é").recompute()).isNull();
        byte[] other = "custody event 1".getBytes(StandardCharsets.US_ASCII);
        assertThat(Opening.entryCommitment(other, 0, other.length)).isNull();
    }

    @Test
    void parsesTheServersOpeningJson() throws Exception {
        Opening o = Opening.parse("{\"index\":7,\"eventId\":\"e-7\",\"entry\":\"custos-ledger-entry/v1\\nx\\n\","
                + "\"salt\":\"AAEC\",\"content\":\"a\\nb \\u0025\\/\\\"\",\"extra\":{\"k\":[1,\"}\"]}}");
        assertThat(o).isEqualTo(new Opening(7, "e-7", "AAEC", "a\nb %/\""));
    }

    @Test
    void passesWhenEveryOpeningMatches() {
        CliRun run = verify("--check-openings");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.firstLine()).contains("the records of entries 0 onwards match their commitments");
        assertThat(run.out()).contains(SIZE + " openings (entries 0 onwards) match");
    }

    @Test
    void takesATokenOnceInsteadOfAPasswordCheckPerRequest() {
        issuesTokens = true;
        CliRun run = verify("--check-openings");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains(SIZE + " openings (entries 0 onwards) match");
        assertThat(passwordChecks.get()).as("requests that carried the password").isEqualTo(1);
    }

    @Test
    void namesAnEditedAndAMissingRecord() {
        openings.put(7L, opening(7, "edited"));
        openings.remove(260L);
        CliRun run = verify("--check-openings", "--json");
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("{\"kind\":\"RECORD_ALTERED\",\"index\":7,")
                .contains("{\"kind\":\"RECORD_MISSING\",\"index\":260,").contains("\"totalDiscrepancies\":2");
        assertThat(verify().exit()).as("the tiles alone cannot see it").isZero();
        CliRun later = verify("--check-openings", "--openings-from", "8");
        assertThat(later.exit()).isEqualTo(1);
        assertThat(later.out()).doesNotContain("RECORD_ALTERED").contains("RECORD_MISSING index 260");
    }

    @Test
    void aForbiddenOpeningIsAnErrorAndOpeningsNeedTheServer() {
        openingStatus = 403;
        CliRun run = verify("--check-openings");
        assertThat(run.exit()).as(run.out()).isEqualTo(4);
        assertThat(run.firstLine()).contains("HTTP 403");
        assertThat(CliRun.of("verify", "--dir", dir.toString(), "--log-key", LogFixture.LOG.verifier().verifierKey(),
                "--check-openings").exit()).isEqualTo(2);
        assertThat(verify("--openings-from", "3").exit()).isEqualTo(2);
    }

    @BeforeEach
    void serve() throws Exception {
        List<byte[]> entries = new ArrayList<>();
        for (long i = 0; i < SIZE; i++) {
            String opening = opening(i, "original");
            openings.put(i, opening);
            entries.add(entry(i, B64.encodeToString(Opening.parse(opening).recompute()))
                    .getBytes(StandardCharsets.US_ASCII));
        }
        LogFixture.write(dir, entries);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                byte[] body = null;
                int status = 200;
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                boolean basic = "Basic bW9uaXRvcjpwdw==".equals(auth);
                passwordChecks.addAndGet(basic ? 1 : 0);
                if (!basic && !(issuesTokens && "Bearer t0k3n".equals(auth))) {
                    status = 401;
                } else if (path.equals("/api/v1/tokens") && issuesTokens && basic
                        && exchange.getRequestMethod().equals("POST")) {
                    status = 201;
                    body = "{\"token\":\"t0k3n\",\"expiresAt\":\"2026-12-03T23:00:00Z\"}".getBytes(StandardCharsets.UTF_8);
                } else if (path.startsWith("/ledger/") && Files.isRegularFile(dir.resolve(path.substring(8)))) {
                    body = Files.readAllBytes(dir.resolve(path.substring(8)));
                } else if (path.matches("/api/v1/ledger/entries/\\d+/opening")) {
                    String json = openings.get(Long.parseLong(path.split("/")[5]));
                    status = json == null ? 404 : openingStatus;
                    body = json == null || status != 200 ? null : json.getBytes(StandardCharsets.UTF_8);
                } else {
                    status = 404;
                }
                exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
                if (body != null) {
                    exchange.getResponseBody().write(body);
                }
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ledger";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CliRun verify(String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--url", url, "--user", "monitor:pw",
                "--log-key", LogFixture.LOG.verifier().verifierKey(), "--quorum", "0"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String entry(long i, String commitment) {
        return "custos-ledger-entry/v1\nevent e-" + i + "\ntype ADMISSION\ntime 2026-01-01T00:00:00.000000Z\n"
                + "facility F1\nactor clerk\ncommitment " + commitment + "\n";
    }

    private static String opening(long i, String payload) {
        byte[] salt = new byte[32];
        salt[0] = (byte) i;
        salt[1] = (byte) (i >> 8);
        return "{\"index\":" + i + ",\"eventId\":\"e-" + i + "\",\"entry\":\"ignored\",\"salt\":\""
                + B64.encodeToString(salt) + "\",\"content\":\"custos-ledger-record/v1\\nevent_id e-" + i
                + "\\npayload /name s:" + payload + "\\n\"}";
    }
}
