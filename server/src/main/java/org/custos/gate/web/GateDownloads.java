package org.custos.gate.web;

import java.time.LocalDate;
import org.custos.gate.internal.GateCsv;
import org.custos.gate.internal.GateQueries;
import org.custos.gate.internal.Receipts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The files the gate hands out: the day's log as CSV and an entry's receipt as text. */
final class GateDownloads {

    private GateDownloads() {
    }

    static ResponseEntity<String> csv(GateQueries queries, String facility, LocalDate day) {
        StringBuilder out = new StringBuilder(GateCsv.HEADER);
        for (int page = 0; ; page++) {
            GateQueries.LogPage p = queries.day(facility, day, page, 500);
            p.lines().forEach(l -> out.append(GateCsv.line(l)));
            if (!p.hasNext()) {
                break;
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gate-" + facility + "-" + day + ".csv\"")
                .body(out.toString());
    }

    /** 200 text/plain with the tlog-proof, or 409 {@code gate.receipt-pending} with Retry-After while pending. */
    static ResponseEntity<String> receipt(Receipts.Receipt r) {
        if (r.pending()) {
            throw new org.custos.shared.web.ProblemException(HttpStatus.CONFLICT, "gate.receipt-pending")
                    .withHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"receipt-" + r.entry().id() + ".tlog-proof\"")
                .body(r.text().orElseThrow());
    }
}
