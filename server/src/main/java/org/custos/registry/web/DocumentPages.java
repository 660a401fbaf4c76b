package org.custos.registry.web;

import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.registry.OrderDocuments;
import org.custos.registry.internal.DocumentResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The commitment order's document, downloaded from the person's record (same scope as the API). */
@Controller
class DocumentPages {

    private final OrderDocuments documents;

    DocumentPages(OrderDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/commitment-orders/documents/{sha256}")
    @PreAuthorize(Access.READ_REGISTRY)
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        return DocumentResponses.of(documents.download(sha256, Callers.current()));
    }
}
