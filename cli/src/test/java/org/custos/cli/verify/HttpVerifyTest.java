package org.custos.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.cli.CliRun;
import org.custos.cli.LogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** custos verify --url against a tiny authenticated HTTP server that serves a tile directory. */
class HttpVerifyTest {
    @TempDir
    Path dir;
    HttpServer server;
    String url;

    @BeforeEach
    void serve() throws Exception {
        LogFixture.write(dir, LogFixture.entries(1000));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ledger/", exchange -> {
            try (exchange) {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                if (!"Bearer s3cret".equals(auth) && !"Basic bW9uaXRvcjpwdw==".equals(auth)) { // monitor:pw
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                Path file = dir.resolve(exchange.getRequestURI().getPath().substring("/ledger/".length()));
                try {
                    byte[] body = Files.readAllBytes(file);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                } catch (IOException e) {
                    exchange.sendResponseHeaders(404, -1);
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

    static CliRun verifyUrl(String url, String... auth) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("verify", "--url", url,
                "--log-key", LogFixture.LOG.verifier().verifierKey(), "--witness",
                LogFixture.OMBUDSMAN.verifier().verifierKey(), "--quorum", "1"));
        args.addAll(java.util.List.of(auth));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void verifiesOverHttpWithABearerToken() {
        CliRun run = verifyUrl(url, "--header", "Authorization: Bearer s3cret");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.firstLine()).startsWith("OK: log custos.example/ledger verified: 1000 entries");
    }

    @Test
    void verifiesOverHttpWithBasicCredentials() {
        assertThat(verifyUrl(url + "/", "--user", "monitor:pw").exit()).isZero();
    }

    @Test
    void unauthenticatedIsAnError() {
        CliRun run = verifyUrl(url);
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.firstLine()).startsWith("ERROR: cannot read the log: GET").endsWith("answered HTTP 401");
    }

    @Test
    void tamperingIsFoundOverHttpToo() throws Exception {
        LogFixture.editEntry(dir, 999, 1000, "forged".getBytes());
        CliRun run = verifyUrl(url, "--header", "Authorization: Bearer s3cret");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.firstLine()).startsWith("FAIL: entry 999 was altered");
    }
}
