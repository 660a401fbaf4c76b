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

    /**
     * The bytes of a stored document, for a caller who can see at least one person whose admission
     * names it (scoped like {@link Registry#file}); the read is logged in the access log of each such
     * person. Otherwise 404 {@code registry.not-found}, exactly as for a hash nobody stored: a
     * document is never handed out by its hash alone.
     */
    Download download(String sha256, org.custos.identity.CurrentUser caller);

    /** A stored document's bytes and media type. */
    record Download(String sha256, String contentType, byte[] content) {
    }

    /** A stored document: its lower-case hex SHA-256, size and detected media type. */
    record StoredDocument(String sha256, long size, String contentType) {
    }
}
