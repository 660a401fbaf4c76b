package org.custos.bench.http;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load driver: N admissions through {@code POST /api/v1/admissions/bulk} (JSON arrays, every
 * validation, each admission a custody event on the transparency log), in batches, on loopback.
 * Usage: {@code BulkAdmissionLoad <base-url> <user> <password> [admissions] [batch] [facility] [concurrency]}.
 */
public final class BulkAdmissionLoad {

    private BulkAdmissionLoad() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        String facility = args.length > 5 ? args[5] : "LA-ESPERANZA";
        int concurrency = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        LoadClient client = new LoadClient(args[0], args[1], args[2]);
        long seed = System.nanoTime();
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < total; from += batch) {
            bodies.add(body(seed, from, Math.min(total, from + batch), facility));
        }
        Latencies latencies = new Latencies(bodies.size());
        long started = System.nanoTime();
        int admitted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (String body : bodies) {
                results.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = client.post("/api/v1/admissions/bulk", "application/json", body);
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    return r.body().split("\"bookingNumber\"", -1).length - 1;
                }));
            }
            for (Future<Integer> f : results) {
                admitted += f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("bulk admissions=%d admitted=%d in %.1f s = %.0f admissions/s; per batch of %d: %s%n",
                total, admitted, seconds, admitted / seconds, batch, latencies.summary(seconds));
        if (admitted != total) {
            System.exit(1);
        }
    }

    private static String body(long seed, int from, int to, String facility) {
        StringBuilder json = new StringBuilder("[");
        OffsetDateTime admitted = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).withNano(0);
        for (int i = from; i < to; i++) {
            Random r = new Random(seed + i);
            String dui = dui(90_000_000L + Math.floorMod(seed, 9_000_000L) + i);
            if (i > from) {
                json.append(',');
            }
            json.append("{\"person\":{\"givenNames\":\"Carga ").append(i).append("\",\"firstSurname\":\"Prueba\",")
                    .append("\"secondSurname\":\"Rendimiento\",\"sex\":\"MALE\",\"dateOfBirth\":\"")
                    .append(LocalDate.of(1970 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    .append("\",\"nationality\":\"SV\",\"documents\":[{\"type\":\"DUI\",\"number\":\"").append(dui)
                    .append("\",\"issuingCountry\":\"SV\"}]},\"facilityCode\":\"").append(facility)
                    .append("\",\"admittedAt\":\"").append(admitted).append("\",\"commitmentOrder\":{")
                    .append("\"issuingAuthority\":\"Órgano Judicial\",\"court\":\"Juzgado de Instrucción\",")
                    .append("\"caseNumber\":\"BENCH-").append(i).append("\",\"legalBasis\":\"Art. 329 CPP\",")
                    .append("\"issuedOn\":\"").append(admitted.toLocalDate().minusDays(1))
                    .append("\",\"documentSha256\":\"").append("ab".repeat(32)).append("\"},")
                    .append("\"legalStatus\":{\"kind\":\"UNTRIED\"},\"arrestedAt\":\"").append(admitted.minusDays(1))
                    .append("\",\"arrestPlace\":\"San Salvador\",\"visibleInjuries\":\"Ninguna\",")
                    .append("\"illTreatmentComplaints\":\"Ninguna\",\"emergencyContact\":{\"name\":\"Ana Prueba\",")
                    .append("\"relationship\":\"Madre\",\"phone\":\"+503 7000-0000\"}}");
        }
        return json.append(']').toString();
    }

    /** A DUI number with a valid check digit (weights 9..2, check = (10 - sum mod 10) mod 10). */
    static String dui(long serial) {
        String body = String.format("%08d", serial % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * (9 - i);
        }
        return body + "-" + (10 - sum % 10) % 10;
    }
}
