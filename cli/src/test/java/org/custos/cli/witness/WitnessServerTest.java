package org.custos.cli.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custos.cli.LogFixture.LOG;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.cli.LogFixture;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.note.CosignatureSigner;
import org.custos.tlog.note.NoteSigner;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.witness.AddCheckpointRequest;
import org.custos.tlog.witness.Witness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP witness on an ephemeral loopback port, backed by its state directory. */
class WitnessServerTest {
    static final CosignatureSigner WITNESS = new CosignatureSigner("monitor.example/witness", LogFixture.seed(9),
            Clock.systemUTC());
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path stateDir;
    FileWitnessState state;
    WitnessServer server;
    final MemoryHashStore log = LogFixture.memory(LogFixture.entries(40));

    @BeforeEach
    void start() throws IOException {
        state = new FileWitnessState(stateDir);
        Map<String, List<NoteVerifier>> logs = Map.of(LOG.name(), List.of(LOG.verifier()));
        server = new WitnessServer(new Witness(WITNESS, logs, state), state, WITNESS.verifier().verifierKey(),
                List.of(LOG.name()), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        state.close();
    }

    void restart() throws IOException {
        stop();
        start();
    }

    static String checkpoint(MemoryHashStore tree, long size, NoteSigner signer) {
        return new Checkpoint(LogFixture.LOG.name(), size, MerkleTree.treeHash(size, tree)).sign(signer).format();
    }

    /** An add-checkpoint body from old to size, the proof taken from {@code tree}. */
    static byte[] request(MemoryHashStore tree, long old, long size, NoteSigner signer) {
        return new AddCheckpointRequest(old, old == 0 ? List.of() : ProofBuilder.consistencyProof(old, size, tree),
                checkpoint(tree, size, signer).getBytes(StandardCharsets.UTF_8)).format();
    }

    HttpResponse<String> post(byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/add-checkpoint")).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> add(long old, long size) throws Exception {
        return post(request(log, old, size, LOG));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void consistentCheckpointsAreCosigned() throws Exception {
        HttpResponse<String> first = add(0, 10);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).startsWith("\u2014 monitor.example/witness ");
        byte[] cosigned = (checkpoint(log, 10, LOG) + first.body()).getBytes(StandardCharsets.UTF_8);
        SignedCheckpoint opened = SignedCheckpoint.open(cosigned, LOG.verifier(), List.of(WITNESS.verifier()), 1);
        assertThat(opened.checkpoint().size()).isEqualTo(10);
        assertThat(add(10, 20).statusCode()).isEqualTo(200);
        assertThat(add(20, 20).statusCode()).isEqualTo(200); // the same checkpoint again is fine
    }

    @Test
    void rollbacksAreRefusedWithTheLatestSize() throws Exception {
        add(0, 20);
        HttpResponse<String> stale = add(10, 25);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
        assertThat(stale.body()).isEqualTo("20\n");
        assertThat(add(10, 15).body()).isEqualTo("20\n"); // a smaller tree, claimed from a stale size
        byte[] smaller = new AddCheckpointRequest(20, List.of(), checkpoint(log, 15, LOG).getBytes(StandardCharsets.UTF_8))
                .format();
        assertThat(post(smaller).statusCode()).isEqualTo(400); // a smaller tree from the latest size: old > new
        assertThat(state.latest(LOG.name()).orElseThrow().size()).isEqualTo(20);
    }

    @Test
    void forksAreRefused() throws Exception {
        add(0, 20);
        List<byte[]> forkEntries = new ArrayList<>(LogFixture.entries(15));
        forkEntries.addAll(LogFixture.entries(15, 40, "forged"));
        MemoryHashStore fork = LogFixture.memory(forkEntries);
        HttpResponse<String> sameSize = post(request(fork, 20, 20, LOG));
        assertThat(sameSize.statusCode()).isEqualTo(409); // C2SP tlog-witness: same size, other root → 409
        HttpResponse<String> badProof = post(request(fork, 20, 30, LOG));
        assertThat(badProof.statusCode()).isEqualTo(422);
        assertThat(badProof.body()).startsWith("consistency proof failed");
        assertThat(state.latest(LOG.name()).orElseThrow().size()).isEqualTo(20);
    }

    @Test
    void unknownOriginsAndUntrustedSignaturesAreRefused() throws Exception {
        var otherLog = new org.custos.tlog.note.Ed25519NoteSigner("other.example/log", LogFixture.seed(7));
        byte[] unknown = new AddCheckpointRequest(0, List.of(), new Checkpoint(otherLog.name(), 10,
                log.rootHash()).sign(otherLog).formatBytes()).format();
        assertThat(post(unknown).statusCode()).isEqualTo(404);
        assertThat(post(request(log, 0, 10, LogFixture.IMPOSTOR)).statusCode()).isEqualTo(403);
        assertThat(post("old 0\n\nnot a checkpoint\n".getBytes()).statusCode()).isEqualTo(400);
    }

    @Test
    void restartedWitnessRemembersItsLatestSize() throws Exception {
        add(0, 20);
        restart();
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.body()).isEqualTo("witness " + WITNESS.verifier().verifierKey() + "\nlog "
                + LOG.name() + " 20 " + MerkleTree.treeHash(20, log).toBase64() + "\n");
        assertThat(add(0, 25).body()).isEqualTo("20\n");
        assertThat(add(20, 25).statusCode()).isEqualTo(200);
    }

    @Test
    void servesTheLatestCosignedCheckpointAcrossRestarts() throws Exception {
        assertThat(get("/cosigned/" + LOG.name()).statusCode()).isEqualTo(404);
        assertThat(get("/cosigned/other.example/log").statusCode()).isEqualTo(404);
        add(0, 10);
        add(10, 20);
        add(10, 30); // refused (409): the latest stays 20
        restart();
        HttpResponse<String> latest = get("/cosigned/" + LOG.name());
        assertThat(latest.statusCode()).isEqualTo(200);
        SignedCheckpoint opened = SignedCheckpoint.open(latest.body().getBytes(StandardCharsets.UTF_8), LOG.verifier(),
                List.of(WITNESS.verifier()), 1);
        assertThat(opened.checkpoint().size()).isEqualTo(20);
        assertThat(opened.checkpoint().root()).isEqualTo(MerkleTree.treeHash(20, log));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void concurrentRequestsFromTheSameSizeAdvanceOnce() throws Exception {
        add(0, 20);
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int size = 21; size <= 28; size++) {
            byte[] body = request(log, 20, size, LOG);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    statuses.add(post(body).statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void onlyPostAndTheStatusPage() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(uri("/add-checkpoint")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/elsewhere")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aStateDirectoryServesOneWitnessAtATime() {
        assertThatThrownBy(() -> new FileWitnessState(stateDir)).isInstanceOf(IOException.class)
                .hasMessageContaining("in use by another witness");
    }
}
