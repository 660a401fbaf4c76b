package org.custos.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ledger entry format v1 with record content v1 or v2 (docs/ledger-entry-format.md). The <em>content</em> is the canonical text of the
 * custody record (private: it holds personal data); the <em>entry</em> is what the log publishes: format,
 * event id, type, time, facility, actor and {@code SHA-256(salt || content)}, no personal data in clear.
 */
final class EntryFormat {

    static final String ENTRY_HEADER = "custos-ledger-entry/v1";
    static final String CONTENT_HEADER = "custos-ledger-record/v1";
    static final String CONTENT_HEADER_V2 = "custos-ledger-record/v2";
    static final int SALT_SIZE = 32;
    static final int MAX_ENTRY_SIZE = 65_535;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private EntryFormat() {
    }

    /** The canonical content v1 of a record, as stored in the outbox (entries written before content v2). */
    static byte[] content(OutboxRecord r) {
        return content(CONTENT_HEADER, r).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The canonical content v2: v1's lines under the v2 header, then {@code row <table> <key> <field> <tag>:<value>}
     * for every field of every row the event named, rows ordered by table and key.
     */
    static byte[] content(OutboxRecord r, List<CommittedRow> rows) {
        StringBuilder out = content(CONTENT_HEADER_V2, r);
        for (CommittedRow row : CommittedRow.canonical(rows)) {
            CanonicalText.flatten(row.fields(), "",
                    "row " + CanonicalText.field(row.table()) + " " + CanonicalText.field(row.key()) + " ", out);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static StringBuilder content(String header, OutboxRecord r) {
        StringBuilder out = new StringBuilder(512).append(header).append('\n');
        out.append("event_id ").append(r.eventId()).append('\n');
        out.append("event_type ").append(CanonicalText.field(r.eventType())).append('\n');
        out.append("subject_id ").append(r.subjectId() == null ? CanonicalText.NULL : r.subjectId()).append('\n');
        out.append("facility_code ").append(CanonicalText.field(r.facilityCode())).append('\n');
        out.append("actor ").append(CanonicalText.field(r.actor())).append('\n');
        out.append("occurred_at ").append(time(r)).append('\n');
        CanonicalText.flatten(JSON.readTree(r.payloadJson()), "", out);
        return out;
    }

    /** The published entry (content v2) for a record, the rows it names and its salt. */
    static byte[] entry(OutboxRecord r, List<CommittedRow> rows, byte[] salt) {
        return withCommitment(r, commitment(salt, content(r, rows)));
    }

    /** The published entry of content v1 (entries written before content v2). */
    static byte[] entryV1(OutboxRecord r, byte[] salt) {
        return withCommitment(r, commitment(salt, content(r)));
    }

    static byte[] withCommitment(OutboxRecord r, byte[] commitment) {
        String text = ENTRY_HEADER + "\n"
                + "event " + r.eventId() + "\n"
                + "type " + CanonicalText.field(r.eventType()) + "\n"
                + "time " + time(r) + "\n"
                + "facility " + CanonicalText.field(r.facilityCode()) + "\n"
                + "actor " + CanonicalText.field(r.actor()) + "\n"
                + "commitment " + Base64.getEncoder().encodeToString(commitment) + "\n";
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > MAX_ENTRY_SIZE) {
            throw new IllegalArgumentException("ledger entry of " + bytes.length + " bytes exceeds 65535");
        }
        return bytes;
    }

    /** {@code SHA-256(salt || content)}. */
    static byte[] commitment(byte[] salt, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String time(OutboxRecord r) {
        return TIME.format(r.occurredAt().toInstant().truncatedTo(ChronoUnit.MICROS));
    }
}
