package org.custos.gate.web;

import java.util.UUID;
import org.custos.gate.internal.Receipts;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A gate entry's receipt as {@code text/plain} c2sp.org/tlog-proof@v1 (409 gate.receipt-pending until sequenced). */
@RestController
class ReceiptApi {

    private final Receipts receipts;

    ReceiptApi(Receipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping(value = "/api/v1/gate/entries/{id}/receipt", produces = {"text/plain", "application/problem+json"})
    @PreAuthorize(Access.READ_GATE)
    ResponseEntity<String> receipt(@PathVariable UUID id) {
        return GateDownloads.receipt(receipts.of(id, Callers.current()));
    }

    @GetMapping(value = "/gate/entries/{id}/receipt.txt", produces = {"text/plain", "text/html"})
    @PreAuthorize(Access.READ_GATE)
    ResponseEntity<String> download(@PathVariable UUID id) {
        return GateDownloads.receipt(receipts.of(id, Callers.current()));
    }
}
