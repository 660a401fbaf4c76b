package org.custos.bench.facilities;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for placements through the API, with separation and capacity checks, against a running
 * demo server on loopback. Moves CECOT persons between cells of their own separation class (so every
 * request does the whole check and succeeds), with a capacity reason because CECOT cells are over
 * their standards capacity.
 *
 * <p>Usage: {@code java -cp bench/target/custos-bench.jar org.custos.bench.facilities.PlacementLoad
 * http://127.0.0.1:8080 director-cecot <password> [seconds=30] [threads=32] [units=2]}; prints the
 * sustained rate (placements/s), the status counts and latency percentiles. Also times the national
 * dashboard ({@code GET /api/v1/capacity}) before the run.
 */
public final class PlacementLoad {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern CELL = Pattern.compile("\"cell\":\\{\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern OCCUPANT = Pattern.compile("\"personId\":\"([0-9a-f-]{36})\",\"bookingNumber\":\"[^\"]*\","
            + "\"legalStatus\":\"(\\w+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PlacementLoad() {
    }

    record Move(String person, List<String> cells, int[] at) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = token(base, args[1], args[2]);
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        int units = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            int status = get(base, token, "/api/v1/capacity").statusCode();
            System.out.printf("GET /api/v1/capacity: %d in %.1f ms%n", status, (System.nanoTime() - t) / 1e6);
        }
        ConcurrentLinkedQueue<Move> queue = plan(base, token, units);
        System.out.printf("%d persons to move, %d threads, %d s%n", queue.size(), threads, seconds);
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Move m = queue.poll();
                        if (m == null) {
                            continue;
                        }
                        int next = (m.at()[0] + 1) % m.cells().size();
                        String body = "{\"personId\":\"" + m.person() + "\",\"cellId\":\"" + m.cells().get(next)
                                + "\",\"reason\":\"bench\",\"capacityReason\":\"bench\"}";
                        long t0 = System.nanoTime();
                        int status = post(base, token, "/api/v1/placements", body);
                        latencies.add(System.nanoTime() - t0);
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 201) {
                            m.at()[0] = next;
                        }
                        queue.add(m);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int ok = statuses.getOrDefault(201, new AtomicInteger()).get();
        System.out.printf("statuses %s; %d placed in %.1f s = %.0f placements/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                statuses, ok, elapsed, ok / elapsed, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99));
    }

    private static ConcurrentLinkedQueue<Move> plan(String base, String token, int units) throws Exception {
        List<String> unitIds = all(ID, get(base, token, "/api/v1/facilities/CECOT/units").body());
        Map<String, List<String>> cellsByGroup = new HashMap<>();
        Map<String, List<String>> personsByCell = new HashMap<>();
        Map<String, String> groupOfCell = new HashMap<>();
        for (String unit : unitIds.subList(0, Math.min(units, unitIds.size()))) {
            for (String cell : all(CELL, get(base, token, "/api/v1/units/" + unit + "/cells").body())) {
                Matcher m = OCCUPANT.matcher(get(base, token, "/api/v1/cells/" + cell).body());
                List<String> persons = new ArrayList<>();
                String group = null;
                while (m.find()) {
                    persons.add(m.group(1));
                    group = group == null ? m.group(2).replace("ADMINISTRATIVE_STATE_OF_EXCEPTION", "UNTRIED")
                            .replace("HELD_FOR_ANOTHER_STATE", "CONVICTED") : group;
                }
                if (group != null) {
                    cellsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(cell);
                    personsByCell.put(cell, persons);
                    groupOfCell.put(cell, group);
                }
            }
        }
        ConcurrentLinkedQueue<Move> queue = new ConcurrentLinkedQueue<>();
        personsByCell.forEach((cell, persons) -> {
            List<String> ring = cellsByGroup.get(groupOfCell.get(cell));
            if (ring.size() > 1) {
                persons.forEach(p -> queue.add(new Move(p, ring, new int[] {ring.indexOf(cell)})));
            }
        });
        List<Move> shuffled = new ArrayList<>(queue);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        return new ConcurrentLinkedQueue<>(shuffled);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    private static String token(String base, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static HttpResponse<String> get(String base, String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int post(String base, String token, String path, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static String describe(long[] a) {
        return Arrays.toString(a);
    }
}
