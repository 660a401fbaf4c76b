package org.custos.registry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.custos.registry.OrderDocuments;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps scanned commitment orders in {@code commitment_order_document}, by SHA-256. */
@Service
class OrderDocumentStore implements OrderDocuments {

    private final JdbcClient jdbc;
    private final OrderDocumentReads reads;
    private final Clock clock;

    OrderDocumentStore(JdbcClient jdbc, OrderDocumentReads reads, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Download download(String sha256, org.custos.identity.CurrentUser caller) {
        return reads.download(sha256, caller);
    }

    @Override
    @Transactional
    public StoredDocument store(byte[] content, String declaredContentType, String actor) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("registry.validation", FieldProblem.of("file", "required"));
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.invalid("registry.validation", FieldProblem.of("file", "too-large", MAX_BYTES));
        }
        String type = sniff(content);
        if (type == null) {
            throw ProblemException.invalid("registry.validation", FieldProblem.of("file", "registry.document.type"));
        }
        String sha = sha256(content);
        jdbc.sql("""
                insert into commitment_order_document(sha256, content, content_type, size, uploaded_at, uploaded_by)
                values (:sha, :content, :type, :size, :at, :by) on conflict (sha256) do nothing""")
                .param("sha", sha).param("content", content).param("type", type).param("size", content.length)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).param("by", actor)
                .update();
        return new StoredDocument(sha, content.length, type);
    }

    @Override
    public Optional<StoredDocument> find(String sha256) {
        return jdbc.sql("select sha256, size, content_type from commitment_order_document where sha256 = :s")
                .param("s", sha256 == null ? "" : sha256.toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new StoredDocument(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** The media type from the first bytes: PDF, PNG, JPEG or TIFF; null for anything else. */
    static String sniff(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
