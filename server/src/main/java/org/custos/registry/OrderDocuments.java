package org.custos.registry;

import java.util.Optional;

/**
 * The scanned commitment orders (PDF, PNG, JPEG or TIFF, at most 20 MB), kept by their SHA-256. An
 * admission names its order's document by that hash ({@link CommitmentOrder#documentSha256()}).
 */
public interface OrderDocuments {

    long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Stores the bytes (once: storing the same bytes again returns the same hash) and returns the
     * hash. 422 {@code registry.validation} on field {@code file} if empty, too large, or not a PDF or
     * image (the content is checked, not only the declared type).
     */
    StoredDocument store(byte[] content, String declaredContentType, String actor);

    Optional<StoredDocument> find(String sha256);

    /** A stored document: its lower-case hex SHA-256, size and detected media type. */
    record StoredDocument(String sha256, long size, String contentType) {
    }
}
