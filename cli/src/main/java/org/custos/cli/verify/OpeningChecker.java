package org.custos.cli.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.custos.cli.verify.Finding.Kind;

/**
 * {@code --check-openings}: fetches {@code GET <api>/entries/{index}/opening} for every entry from {@code from},
 * recomputes {@code SHA-256(salt || content)} and compares it with the commitment line of the entry bytes read
 * from the entry bundles (never with the entry the opening itself carries). A 404/410 is a missing record;
 * 401/403 and any other failure stop the verification (the log cannot be read).
 */
final class OpeningChecker {
    static final int THREADS = 8;

    /** Where the server's ledger API is ({@code https://host/api/v1/ledger}), with which headers, from which index. */
    record Config(String api, List<String> headers, long from) {
    }

    /** The commitments read from the entry bundles. */
    interface Commitments {
        /** The commitment of entry {@code index}; {@code null} if the entry is absent or had none. */
        byte[] at(long index);

        /** Whether entry {@code index} was present in its bundle. */
        boolean present(long index);
    }

    private final Config config;
    private final List<String[]> headers;
    private final HttpClient client;
    private final String api;

    OpeningChecker(Config config) {
        this.config = config;
        this.headers = HttpSource.parseHeaders(config.headers());
        this.api = config.api().endsWith("/") ? config.api() : config.api() + "/";
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Checks entries {@code from..size-1}; each discrepancy goes to {@code findings}; returns how many matched. */
    long from() {
        return Math.max(0, config.from());
    }

    long check(long size, Commitments commitments, Consumer<Finding> findings) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon());
        ArrayDeque<Future<Finding>> window = new ArrayDeque<>();
        long matched = 0;
        try {
            for (long i = Math.max(0, config.from()); i < size; i++) {
                if (!commitments.present(i)) {
                    continue; // already reported by the tree checks
                }
                long index = i;
                byte[] committed = commitments.at(i);
                window.add(pool.submit(() -> checkOne(index, committed)));
                if (window.size() >= 8 * THREADS) {
                    matched += take(window.poll(), findings);
                }
            }
            while (!window.isEmpty()) {
                matched += take(window.poll(), findings);
            }
        } finally {
            pool.shutdownNow();
        }
        return matched;
    }

    private static long take(Future<Finding> future, Consumer<Finding> findings) throws IOException {
        Finding f;
        try {
            f = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
        if (f == null) {
            return 1;
        }
        findings.accept(f);
        return 0;
    }

    /** The purpose the server logs for each opening of a person's record (it refuses an opening without one). */
    static final String PURPOSE = java.net.URLEncoder.encode(
            "Verificación del registro de transparencia (custos verify --check-openings)", StandardCharsets.UTF_8);

    /** {@code null} if the opening matches the entry's commitment, else the discrepancy. */
    Finding checkOne(long index, byte[] committed) throws IOException {
        if (committed == null) {
            return Finding.of(Kind.COMMITMENT_UNREADABLE, index, null, "entry " + index + " has no commitment line"
                    + " of format " + Opening.ENTRY_V1 + ": its opening cannot be checked");
        }
        String path = "entries/" + index + "/opening?purpose=" + PURPOSE;
        HttpResponse<byte[]> response = get(path);
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            return Finding.of(Kind.RECORD_MISSING, index, path, "the record of entry " + index + " is missing: GET "
                    + api + path + " answered HTTP " + status);
        }
        if (status == 401 || status == 403) {
            throw new IOException("GET " + api + path + " answered HTTP " + status + " (opening commitments needs"
                    + " a role allowed to, e.g. MONITOR)");
        }
        if (status != 200) {
            throw new IOException("GET " + api + path + " answered HTTP " + status);
        }
        Opening opening = Opening.parse(new String(response.body(), StandardCharsets.UTF_8));
        byte[] recomputed = opening.recompute();
        if (recomputed != null && MessageDigest.isEqual(recomputed, committed)) {
            return null;
        }
        String enc = Base64.getEncoder().encodeToString(committed);
        return Finding.of(Kind.RECORD_ALTERED, index, path, "the record of entry " + index + " was altered: its"
                + " opening (event " + opening.eventId() + ") "
                + (recomputed == null ? "has a salt that is not base64 or content that is not ASCII"
                        : "hashes to " + Base64.getEncoder().encodeToString(recomputed))
                + ", but the entry commits to " + enc);
    }

    private HttpResponse<byte[]> get(String path) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET();
        headers.forEach(h -> request.header(h[0], h[1]));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + path, e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "custos-openings");
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The ledger API next to a tile prefix: {@code …/ledger} becomes {@code …/api/v1/ledger}; any other prefix
     * gives {@code <scheme>://<authority>/api/v1/ledger}.
     */
    static String apiFor(String tileUrl) {
        String u = tileUrl.endsWith("/") ? tileUrl.substring(0, tileUrl.length() - 1) : tileUrl;
        if (u.endsWith("/ledger")) {
            return u.substring(0, u.length() - "/ledger".length()) + "/api/v1/ledger";
        }
        URI uri = URI.create(u);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/api/v1/ledger";
    }
}
