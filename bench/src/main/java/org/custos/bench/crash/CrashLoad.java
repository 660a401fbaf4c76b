package org.custos.bench.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.bench.http.AdmissionJson;
import org.custos.bench.http.LoadClient;

/**
 * The crash-and-restart harness's writing half (driven by {@code bench/scripts/crash-bench.sh}).
 * {@code prepare <base> <warden> <password> <cells-file>}: a unit of ten roomy cells at CECOT for the placements.
 * {@code load <base> <clients> <acknowledged-file> <cells-file> <clerk> <pw> <warden> <pw> <sentences> <pw>}:
 * each client, until the server dies, admits a person (records clerk), places them in a cell and records a gate
 * entry (warden), records a sentence and a work credit for them (sentence administrator). Every write answered
 * 2xx is appended to the file (kind, id, what must be read back), flushed, only after its answer;
 * {@link CrashCheck} reads them back after the restart.
 */
public final class CrashLoad {

    private static final Pattern DUI = Pattern.compile("\"number\"\\s*:\\s*\"([0-9]{8}-[0-9])\"");
    private static final Map<String, AtomicInteger> REFUSED = new ConcurrentHashMap<>();

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("prepare")) {
            prepare(new LoadClient(args[1], args[2], args[3]), Path.of(args[4]));
        } else {
            LoadClient clerk = new LoadClient(args[1], args[5], args[6]);
            LoadClient warden = new LoadClient(args[1], args[7], args[8]);
            LoadClient sentences = new LoadClient(args[1], args[9], args[10]);
            load(clerk, warden, sentences, Integer.parseInt(args[2]), Path.of(args[3]),
                    Files.readAllLines(Path.of(args[4])));
        }
    }

    private static void prepare(LoadClient warden, Path cells) throws Exception {
        HttpResponse<String> unit = warden.post("/api/v1/facilities/" + MixedWrites.FACILITY + "/units",
                "application/json", MixedWrites.unit());
        String unitId = require(unit, "unit");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add(require(warden.post("/api/v1/units/" + unitId + "/cells", "application/json", MixedWrites.cell(i)),
                    "cell"));
        }
        Files.write(cells, ids);
        System.out.println("prepare: unit " + unitId + " with " + ids.size() + " cells at " + MixedWrites.FACILITY);
    }

    private static String require(HttpResponse<String> r, String what) {
        String id = MixedWrites.id(r.body());
        if (r.statusCode() != 201 || id == null) {
            throw new IllegalStateException(what + " refused: " + r.statusCode() + " " + r.body());
        }
        return id;
    }

    private static void load(LoadClient clerk, LoadClient warden, LoadClient sentences, int clients, Path acknowledged,
                             List<String> cells) throws IOException {
        AdmissionJson admissions = new AdmissionJson(MixedWrites.FACILITY, System.nanoTime());
        Map<String, AtomicInteger> acked = new ConcurrentHashMap<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acknowledged, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)); ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            Ack ack = (kind, fields) -> {
                synchronized (out) {
                    out.println(kind + "\t" + String.join("\t", fields));
                    out.flush();
                }
                acked.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            };
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    try {
                        while (true) {
                            round(clerk, warden, sentences, admissions, cells, ack);
                        }
                    } catch (Exception serverGone) {
                        return null;
                    }
                });
            }
        }
        System.out.println("load: acknowledged " + acked + " before the server went away; refused " + REFUSED);
    }

    interface Ack {
        void write(String kind, String... fields);
    }

    /** One person's writes, each only after the one it depends on was acknowledged. */
    private static void round(LoadClient clerk, LoadClient warden, LoadClient sentences, AdmissionJson admissions,
                              List<String> cells, Ack ack) throws Exception {
        String body = admissions.one();
        Matcher dui = DUI.matcher(body);
        HttpResponse<String> r = clerk.post("/api/v1/admissions", "application/json", body);
        String person = MixedWrites.person(r.body());
        if (!ok(r, "admission", 201) || person == null || !dui.find()) {
            return;
        }
        ack.write("admission", person, dui.group(1));
        String cell = cells.get(ThreadLocalRandom.current().nextInt(cells.size()));
        if (ok(warden.post("/api/v1/placements", "application/json", MixedWrites.placement(person, cell)), "placement", 201)) {
            ack.write("placement", person, cell);
        }
        String document = "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
        r = warden.post("/api/v1/gate/entries", "application/json", MixedWrites.gateEntry(document));
        if (ok(r, "gate entry", 201) && MixedWrites.id(r.body()) != null) {
            ack.write("gate-entry", MixedWrites.id(r.body()), document);
        }
        r = sentences.post("/api/v1/persons/" + person + "/sentences", "application/json", MixedWrites.sentence());
        String sentence = MixedWrites.sentenceId(r.body());
        if (!ok(r, "sentence", 201) || sentence == null) {
            return;
        }
        ack.write("sentence", person, sentence);
        r = sentences.post("/api/v1/persons/" + person + "/credits", "application/json", MixedWrites.credit());
        if (ok(r, "credit", 201) && MixedWrites.creditId(r.body()) != null) {
            ack.write("credit", person, MixedWrites.creditId(r.body()));
        }
    }

    /** A refusal is not an error of the harness (the write is simply not acknowledged); the first three are shown. */
    private static boolean ok(HttpResponse<String> r, String kind, int expected) {
        if (r.statusCode() == expected) {
            return true;
        }
        if (REFUSED.computeIfAbsent(kind + " " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet() <= 3) {
            System.out.println("load: " + kind + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return false;
    }
}
