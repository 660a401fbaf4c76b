package org.custos.cli.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.custos.tlog.witness.TreeHead;
import org.custos.tlog.witness.Witness;
import org.custos.tlog.witness.WitnessResponse;

/**
 * The tlog-witness HTTP endpoint on the JDK's HTTP server: {@code POST /add-checkpoint} (decided by
 * {@link Witness}), {@code GET /} (the witness key and the latest cosigned size per trusted log) and our extension
 * {@code GET /cosigned/<origin>} (the latest checkpoint of that log it cosigned, with its cosignature).
 */
public final class WitnessServer implements AutoCloseable {
    static final int MAX_BODY = 64 * 1024;

    private final Witness witness;
    private final FileWitnessState state;
    private final String verifierKey;
    private final List<String> origins;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    public WitnessServer(Witness witness, FileWitnessState state, String verifierKey, List<String> origins,
            InetSocketAddress address) throws IOException {
        this.witness = witness;
        this.state = state;
        this.verifierKey = verifierKey;
        this.origins = List.copyOf(new TreeSet<>(origins));
        this.server = HttpServer.create(address, 64);
        server.createContext("/add-checkpoint", this::addCheckpoint);
        server.createContext("/cosigned/", this::cosigned);
        server.createContext("/", this::status);
        server.setExecutor(executor);
    }

    public WitnessServer start() {
        server.start();
        return this;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void addCheckpoint(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/add-checkpoint")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            } else if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "text/plain; charset=utf-8", "use POST\n");
            } else {
                byte[] body = readBody(exchange.getRequestBody());
                WitnessResponse r = body == null
                        ? new WitnessResponse(400, "text/plain; charset=utf-8", "request body too large\n")
                        : decide(body);
                send(exchange, r.status(), r.contentType(), r.body());
            }
        }
    }

    private WitnessResponse decide(byte[] body) {
        try {
            return witness.addCheckpoint(body);
        } catch (RuntimeException e) { // e.g. the state could not be persisted: nothing was cosigned
            System.err.println("witness: " + e);
            return new WitnessResponse(500, "text/plain; charset=utf-8", "internal error\n");
        }
    }

    /** Our extension: {@code GET /cosigned/<origin>}, the latest checkpoint of that log this witness cosigned. */
    private void cosigned(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                send(exchange, 405, "text/plain; charset=utf-8", "use GET\n");
                return;
            }
            String origin = exchange.getRequestURI().getPath().substring("/cosigned/".length());
            WitnessResponse r = witness.latestCosigned(origin);
            send(exchange, r.status(), r.contentType(), r.body());
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/") || !exchange.getRequestMethod().equals("GET")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
                return;
            }
            StringBuilder text = new StringBuilder("witness ").append(verifierKey).append('\n');
            for (String origin : origins) {
                TreeHead head = state.latest(origin).orElse(null);
                text.append("log ").append(origin).append(' ')
                        .append(head == null ? "0 (nothing cosigned yet)" : head.size() + " " + head.root().toBase64())
                        .append('\n');
            }
            send(exchange, 200, "text/plain; charset=utf-8", text.toString());
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
