package org.custos.movements.web;

import org.custos.movements.internal.MovementRequests;
import org.custos.movements.internal.MovementService;
import org.custos.movements.internal.TransferService;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfers and escorts. A warden authorizes; a warden or custody officer records the times. */
@RestController
class MovementApi {

    private final TransferService transfers;
    private final MovementService escorts;

    MovementApi(TransferService transfers, MovementService escorts) {
        this.transfers = transfers;
        this.escorts = escorts;
    }

    @PostMapping("/api/v1/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    Map<String, Object> authorize(@RequestBody MovementRequests.Transfer transfer) {
        return Map.of("id", transfers.authorize(transfer, Callers.current()));
    }

    @PostMapping("/api/v1/transfers/{id}/departure")
    @PreAuthorize(Access.MOVE)
    Map<String, Object> depart(@PathVariable UUID id, @RequestBody(required = false) MovementRequests.At at) {
        transfers.depart(id, at, Callers.current());
        return Map.of("id", id);
    }

    @PostMapping("/api/v1/transfers/{id}/cancellation")
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    Map<String, Object> cancel(@PathVariable UUID id, @RequestBody(required = false) MovementRequests.Cancellation body) {
        return Map.of("id", id, "cancellationId", transfers.cancel(id, body, Callers.current()));
    }

    @PostMapping("/api/v1/transfers/{id}/arrival")
    @PreAuthorize(Access.MOVE)
    Map<String, Object> arrive(@PathVariable UUID id, @RequestBody(required = false) MovementRequests.At at) {
        transfers.arrive(id, at, Callers.current());
        return Map.of("id", id);
    }

    @PostMapping("/api/v1/escorts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.AUTHORIZE_MOVEMENT)
    Map<String, Object> escortOut(@RequestBody MovementRequests.Escort escort) {
        return Map.of("id", escorts.escortOut(escort, Callers.current()));
    }

    @PostMapping("/api/v1/escorts/{id}/return")
    @PreAuthorize(Access.MOVE)
    Map<String, Object> back(@PathVariable UUID id, @RequestBody(required = false) MovementRequests.At at) {
        escorts.escortBack(id, at, Callers.current());
        return Map.of("id", id);
    }
}
