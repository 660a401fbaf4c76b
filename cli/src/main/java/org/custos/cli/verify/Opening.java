package org.custos.cli.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An opening of an entry's commitment, as {@code GET /api/v1/ledger/entries/{index}/opening} returns it, and the
 * commitment arithmetic of {@code docs/ledger-entry-format.md}: {@code commitment = SHA-256(salt || content)},
 * content as ASCII bytes, written in the entry as the base64 line {@code commitment <base64>}.
 */
record Opening(long index, String eventId, String salt, String content) {
    static final String ENTRY_V1 = "custos-ledger-entry/v1";
    private static final String COMMITMENT_PREFIX = "commitment ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code SHA-256(salt || content)}. */
    static byte[] commitment(byte[] salt, byte[] content) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(salt);
        return sha.digest(content);
    }

    /**
     * The 32 bytes of the {@code commitment} line of a version-1 entry at {@code bytes[off..off+len)}, or
     * {@code null} if it is not a version-1 entry or has no well-formed commitment line.
     */
    static byte[] entryCommitment(byte[] bytes, int off, int len) {
        String text = new String(bytes, off, len, StandardCharsets.ISO_8859_1);
        if (!text.startsWith(ENTRY_V1 + "\n")) {
            return null;
        }
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(COMMITMENT_PREFIX)) {
                try {
                    byte[] c = Base64.getDecoder().decode(line.substring(COMMITMENT_PREFIX.length()));
                    return c.length == 32 ? c : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The commitment this opening recomputes to, or {@code null} if it cannot commit to anything (salt not base64,
     * content not ASCII).
     */
    byte[] recompute() {
        byte[] saltBytes;
        try {
            saltBytes = Base64.getDecoder().decode(salt);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) > 0x7F) {
                return null;
            }
        }
        return commitment(saltBytes, content.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads the JSON object {@code {index, eventId, entry, salt, content}} (with Jackson). */
    static Opening parse(String json) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IOException("the opening is not JSON: " + abbreviate(json));
        }
        if (node == null || !node.isObject()) {
            throw new IOException("the opening is not a JSON object: " + abbreviate(json));
        }
        JsonNode salt = node.get("salt");
        JsonNode content = node.get("content");
        if (salt == null || !salt.isString() || content == null || !content.isString()) {
            throw new IOException("the opening has no salt or content: " + abbreviate(json));
        }
        JsonNode index = node.get("index");
        JsonNode eventId = node.get("eventId");
        return new Opening(index != null && index.isIntegralNumber() && index.canConvertToLong() ? index.longValue() : -1,
                eventId != null && eventId.isString() ? eventId.asString() : null, salt.asString(), content.asString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
