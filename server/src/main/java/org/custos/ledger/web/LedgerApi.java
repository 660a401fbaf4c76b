package org.custos.ledger.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custos.identity.Access;
import org.custos.ledger.internal.AuditReport;
import org.custos.ledger.internal.LedgerReads;
import org.custos.ledger.internal.LedgerService;
import org.custos.shared.web.ProblemException;
import org.custos.tlog.merkle.Hash;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's JSON and text API: key, proofs, entries with receipts, openings, the self-check. */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApi {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private final LedgerReads ledger;

    LedgerApi(LedgerReads ledger) {
        this.ledger = ledger;
    }

    record InclusionProof(long index, long size, List<String> hashes) {
    }

    record ConsistencyProof(long oldSize, long newSize, List<String> hashes) {
    }

    @GetMapping("/key")
    @PreAuthorize(Access.READ_LEDGER)
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(ledger.verifierKey() + "\n");
    }

    @GetMapping("/proofs/inclusion")
    @PreAuthorize(Access.READ_LEDGER)
    ResponseEntity<InclusionProof> inclusion(@RequestParam long index, @RequestParam long size) {
        long started = System.nanoTime();
        InclusionProof proof = new InclusionProof(index, size, base64(ledger.inclusionProof(index, size)));
        return ResponseEntity.ok().header("Server-Timing", serverTiming(started)).body(proof);
    }

    /** {@code Server-Timing} (W3C) of the proof's own work in this handler, in milliseconds, for load drivers. */
    private static String serverTiming(long started) {
        return String.format(java.util.Locale.ROOT, "proof;dur=%.3f", (System.nanoTime() - started) / 1e6);
    }

    @GetMapping("/proofs/consistency")
    @PreAuthorize(Access.READ_LEDGER)
    ConsistencyProof consistency(@RequestParam("old") long oldSize, @RequestParam("new") long newSize) {
        return new ConsistencyProof(oldSize, newSize, base64(ledger.consistencyProof(oldSize, newSize)));
    }

    /** The entry (in the receipt's {@code extra} line) and its tlog-proof receipt. */
    @GetMapping("/entries/{index}")
    @PreAuthorize(Access.READ_LEDGER)
    ResponseEntity<String> entry(@PathVariable long index) {
        String receipt = ledger.receipt(index)
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "ledger.not-checkpointed"));
        return ResponseEntity.ok().contentType(TEXT).body(receipt);
    }

    /** Scoped by the record's owner (404 outside it, as the owner's API); {@code purpose} required and logged for a person's record. */
    @GetMapping("/entries/{index}/opening")
    @PreAuthorize(Access.OPEN_LEDGER_COMMITMENT)
    LedgerService.Opening opening(@PathVariable long index, @RequestParam(required = false) String purpose) {
        return ledger.open(index, org.custos.identity.Callers.current(), purpose);
    }

    @PostMapping("/audit")
    @PreAuthorize(Access.AUDIT_LEDGER)
    AuditReport runAudit() {
        return ledger.audit();
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(Hash::toBase64).toList();
    }
}
