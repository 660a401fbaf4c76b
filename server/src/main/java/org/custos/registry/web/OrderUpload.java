package org.custos.registry.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.custos.registry.OrderDocuments;
import org.springframework.web.multipart.MultipartFile;

/**
 * The commitment order's scanned document: stored by the registry, which computes its SHA-256 from
 * the bytes (never taken from the browser). When a refused form is shown again the browser cannot
 * keep the file, so the hash travels in a hidden field and is accepted back only if the registry
 * holds a document with that hash.
 */
final class OrderUpload {

    private OrderUpload() {
    }

    /**
     * Sets (or clears) the order's hash from the upload, or keeps an earlier upload's. A refused
     * upload throws the registry's problem (field {@code file}).
     */
    static void attach(AdmissionForm.Order order, MultipartFile upload, OrderDocuments documents, String actor) {
        if (upload != null && !upload.isEmpty()) {
            try {
                var stored = documents.store(upload.getBytes(), upload.getContentType(), actor);
                order.documentSha256 = stored.sha256();
                order.documentName = upload.getOriginalFilename();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (AdmissionMapper.blank(order.documentSha256) || !order.documentSha256.matches("[0-9a-f]{64}")
                || documents.find(order.documentSha256).isEmpty()) {
            order.documentSha256 = null;
            order.documentName = null;
        }
    }
}
