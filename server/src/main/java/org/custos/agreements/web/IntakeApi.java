package org.custos.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custos.agreements.intake.Decided;
import org.custos.agreements.intake.IntakeReads;
import org.custos.agreements.intake.IntakeService;
import org.custos.agreements.intake.Manifest;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake from a flight manifest (JSON): checked person by person against the agreement named in it; the
 * result row by row. An agreement's intake history with its quota, and a manifest's decisions (scoped as the
 * agreement: a liaison reads only its own state's).
 */
@RestController
class IntakeApi {

    /** One row of the result: accepted (person, booking number, held until) or refused with rule and reason. */
    record Row(int row, String name, boolean accepted, String rule, String reason, String detail, UUID personId,
               String bookingNumber, LocalDate returnDate, LocalDate heldUntil) {
        static Row of(Decided d) {
            return new Row(d.row(), d.name(), d.accepted(), d.rule(), d.reason(), d.detail(), d.personId(),
                    d.bookingNumber(), d.returnDate(), d.heldUntil());
        }
    }

    record Checked(UUID manifestId, UUID agreementId, long accepted, long refused, int places, int heldBefore,
                   List<Row> rows) {
    }

    private final IntakeService intake;
    private final IntakeReads reads;

    IntakeApi(IntakeService intake, IntakeReads reads) {
        this.intake = intake;
        this.reads = reads;
    }

    @PostMapping("/api/v1/agreements/manifests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    Checked submit(@RequestBody Manifest body) {
        IntakeService.Result r = intake.submit(body, "JSON", Callers.current(), List.of());
        return new Checked(r.manifestId(), r.agreementId(), r.accepted(), r.refused(), r.places(), r.heldBefore(),
                r.rows().stream().map(Row::of).toList());
    }

    @GetMapping("/api/v1/agreements/{id}/intakes")
    @PreAuthorize(Access.READ_AGREEMENTS)
    IntakeReads.History history(@PathVariable UUID id) {
        return reads.history(id, Callers.current());
    }

    @GetMapping("/api/v1/agreements/{id}/intakes/{manifest}")
    @PreAuthorize(Access.READ_AGREEMENTS)
    IntakeReads.ManifestDetail manifest(@PathVariable UUID id, @PathVariable UUID manifest) {
        return reads.manifest(id, manifest, Callers.current());
    }
}
