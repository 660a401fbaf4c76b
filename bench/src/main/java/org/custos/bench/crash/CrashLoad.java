package org.custos.bench.crash;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.bench.http.AdmissionJson;
import org.custos.bench.http.LoadClient;

/**
 * The crash-and-restart harness's two halves (driven by {@code bench/scripts/crash-bench.sh}).
 * {@code load <base> <user> <password> <clients> <acknowledged-file>}: admissions from several clients until the
 * server dies, each acknowledged one (201) appended to the file as person id and DUI, flushed, only after the
 * answer. {@code check <base> <monitor> <password> <acknowledged-file>}: every acknowledged admission is there with
 * its DUI, and the ledger's self-audit passes; prints {@code acknowledged=N lost=M audit=ok|failed}.
 */
public final class CrashLoad {

    private static final Pattern PERSON = Pattern.compile("\"personId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DUI = Pattern.compile("\"number\"\\s*:\\s*\"([0-9]{8}-[0-9])\"");

    private CrashLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadClient client = new LoadClient(args[1], args[2], args[3]);
        if (args[0].equals("load")) {
            load(client, Integer.parseInt(args[4]), Path.of(args[5]));
        } else {
            System.exit(check(client, Path.of(args[4])) ? 0 : 1);
        }
    }

    private static void load(LoadClient client, int clients, Path acknowledged) throws IOException {
        AdmissionJson admissions = new AdmissionJson("LA-ESPERANZA", System.nanoTime());
        AtomicLong acked = new AtomicLong();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acknowledged, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)); ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (true) {
                        String body = admissions.one();
                        HttpResponse<String> r;
                        try {
                            r = client.post("/api/v1/admissions", "application/json", body);
                        } catch (Exception serverGone) {
                            return null;
                        }
                        Matcher person = PERSON.matcher(r.body());
                        Matcher dui = DUI.matcher(body);
                        if (r.statusCode() == 201 && person.find() && dui.find()) {
                            synchronized (out) {
                                out.println(person.group(1) + "\t" + dui.group(1));
                                out.flush();
                            }
                            acked.incrementAndGet();
                        }
                    }
                });
            }
        }
        System.out.println("load: acknowledged " + acked.get() + " admissions before the server went away");
    }

    private static boolean check(LoadClient client, Path acknowledged) throws Exception {
        List<String> lines = Files.readAllLines(acknowledged);
        long lost = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            HttpResponse<String> r = client.get("/api/v1/persons/" + f[0] + "?purpose=crash-recovery-check");
            if (r.statusCode() != 200 || !r.body().contains(f[1])) {
                lost++;
                System.out.println("lost: " + line + " (HTTP " + r.statusCode() + ")");
            }
        }
        HttpResponse<String> audit = client.post("/api/v1/ledger/audit", "application/json", "{}");
        boolean ok = audit.statusCode() == 200 && audit.body().contains("\"ok\":true");
        System.out.println("acknowledged=" + lines.size() + " lost=" + lost + " audit=" + (ok ? "ok" : "failed"));
        if (!ok) {
            System.out.println(audit.body());
        }
        return lost == 0 && ok;
    }
}
