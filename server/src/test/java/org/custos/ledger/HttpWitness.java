package org.custos.ledger;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.witness.InMemoryWitnessState;
import org.custos.tlog.witness.Witness;
import org.custos.tlog.witness.WitnessResponse;

/** A tlog-witness on a loopback port: {@code org.custos.tlog.witness.Witness} behind a JDK HttpServer. */
final class HttpWitness implements AutoCloseable {

    final NoteKeys.KeyStrings key;
    final Witness witness;
    private final HttpServer server;

    HttpWitness(String name, String logOrigin, String logVerifierKey) {
        try {
            key = NoteKeys.generateCosigner(name, new SecureRandom());
            NoteVerifier log = NoteKeys.verifier(logVerifierKey);
            witness = new Witness(NoteKeys.cosigner(key.privateKey(), Clock.systemUTC()),
                    Map.of(logOrigin, List.of(log)), new InMemoryWitnessState());
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/w/add-checkpoint", exchange -> {
                WitnessResponse r = witness.addCheckpoint(exchange.getRequestBody().readAllBytes());
                byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", r.contentType());
                exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/w/cosigned/", exchange -> {
                WitnessResponse r = witness.latestCosigned(exchange.getRequestURI().getPath().substring(12));
                byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", r.contentType());
                exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/w";
    }

    /** Posts a raw add-checkpoint body straight to the witness, as an attacker would. */
    WitnessResponse add(byte[] body) {
        return witness.addCheckpoint(body);
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
    }
}
