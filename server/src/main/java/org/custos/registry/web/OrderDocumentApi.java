package org.custos.registry.web;

import org.custos.registry.internal.DocumentResponses;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.registry.OrderDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A stored commitment order's document, for callers who can see a person admitted under it. */
@RestController
class OrderDocumentApi {

    private final OrderDocuments documents;

    OrderDocumentApi(OrderDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/api/v1/commitment-orders/documents/{sha256}",
            produces = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "application/problem+json"})
    @PreAuthorize(Access.READ_REGISTRY)
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        return DocumentResponses.of(documents.download(sha256, Callers.current()));
    }
}
