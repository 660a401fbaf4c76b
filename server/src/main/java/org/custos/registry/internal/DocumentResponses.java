package org.custos.registry.internal;

import org.custos.registry.OrderDocuments;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer carrying a commitment order's document: its own media type, as an attachment, not cached. */
public final class DocumentResponses {

    private DocumentResponses() {
    }

    public static ResponseEntity<byte[]> of(OrderDocuments.Download d) {
        String extension = switch (d.contentType()) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".tiff";
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("orden-" + d.sha256().substring(0, 16) + extension).build().toString())
                .body(d.content());
    }
}
