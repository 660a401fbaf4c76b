package org.custos.bench.crash;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.bench.http.LoadClient;

/**
 * The crash-and-restart harness's reading half: {@code <base> <monitor> <pw> <warden> <pw> <acknowledged-file>}.
 * Every acknowledged write is read back with its content: an admission (the person's file names the DUI), a placement
 * (the cell lists the person), a gate entry (it names the document), a sentence and a credit (the person's lists
 * hold their ids); then the ledger's self-audit runs. Prints {@code acknowledged=N lost=M audit=ok|failed} and the
 * count per kind; exits 1 unless nothing was lost and the audit passed.
 */
public final class CrashCheck {

    private CrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        LoadClient monitor = new LoadClient(args[0], args[1], args[2]);
        LoadClient warden = new LoadClient(args[0], args[3], args[4]);
        List<String> lines = Files.readAllLines(Path.of(args[5]));
        Map<String, Integer> kinds = new TreeMap<>();
        long lost = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            kinds.merge(f[0], 1, Integer::sum);
            HttpResponse<String> r = switch (f[0]) {
                case "admission" -> monitor.get("/api/v1/persons/" + f[1] + "?purpose=crash-recovery-check");
                case "placement" -> warden.get("/api/v1/cells/" + f[2]);
                case "gate-entry" -> warden.get("/api/v1/gate/entries/" + f[1]);
                case "sentence" -> warden.get("/api/v1/persons/" + f[1] + "/sentences");
                case "credit" -> warden.get("/api/v1/persons/" + f[1] + "/credits");
                default -> throw new IllegalArgumentException("unknown kind " + f[0]);
            };
            String expected = switch (f[0]) {
                case "placement" -> f[1];
                default -> f[2];
            };
            if (r.statusCode() != 200 || !r.body().contains(expected)) {
                lost++;
                System.out.println("lost: " + line + " (HTTP " + r.statusCode() + ")");
            }
        }
        HttpResponse<String> audit = monitor.post("/api/v1/ledger/audit", "application/json", "{}");
        boolean ok = audit.statusCode() == 200 && audit.body().contains("\"ok\":true");
        System.out.println("acknowledged=" + lines.size() + " " + kinds + " lost=" + lost + " audit=" + (ok ? "ok" : "failed"));
        if (!ok) {
            System.out.println(audit.body());
        }
        System.exit(lost == 0 && ok ? 0 : 1);
    }
}
