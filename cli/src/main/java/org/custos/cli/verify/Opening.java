package org.custos.cli.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An opening of an entry's commitment, as {@code GET /api/v1/ledger/entries/{index}/opening} returns it, and the
 * commitment arithmetic of {@code docs/ledger-entry-format.md}: {@code commitment = SHA-256(salt || content)},
 * content as ASCII bytes, written in the entry as the base64 line {@code commitment <base64>}.
 */
record Opening(long index, String eventId, String salt, String content) {
    static final String ENTRY_V1 = "custos-ledger-entry/v1";
    private static final String COMMITMENT_PREFIX = "commitment ";

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

    /** Reads the JSON object {@code {index, eventId, entry, salt, content}}. */
    static Opening parse(String json) throws IOException {
        Map<String, Object> fields = new MiniJson(json).object();
        if (!(fields.get("salt") instanceof String salt) || !(fields.get("content") instanceof String content)) {
            throw new IOException("the opening has no salt or content: " + abbreviate(json));
        }
        long index = fields.get("index") instanceof String n ? parseIndex(n) : -1;
        return new Opening(index, fields.get("eventId") instanceof String id ? id : null, salt, content);
    }

    private static long parseIndex(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    /** A flat JSON object reader: string values decoded, numbers/literals kept as text, nested values skipped. */
    private static final class MiniJson {
        private final String s;
        private int at;

        MiniJson(String s) {
            this.s = s;
        }

        Map<String, Object> object() throws IOException {
            Map<String, Object> out = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
                return out;
            }
            while (true) {
                String name = string();
                expect(':');
                out.put(name, value());
                char c = next();
                if (c == '}') {
                    return out;
                }
                if (c != ',') {
                    throw fail("',' or '}'");
                }
            }
        }

        private Object value() throws IOException {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '{' || c == '[') {
                skipNested();
                return null;
            }
            int start = at;
            while (at < s.length() && ",}] \t\r\n".indexOf(s.charAt(at)) < 0) {
                at++;
            }
            String token = s.substring(start, at);
            return token.equals("null") ? null : token;
        }

        private void skipNested() throws IOException {
            int depth = 0;
            do {
                char c = next();
                if (c == '"') {
                    at--;
                    string();
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            } while (depth > 0);
        }

        private String string() throws IOException {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (at >= s.length()) {
                    throw fail("end of string");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    throw fail("escape");
                }
                char e = s.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (at + 4 > s.length()) {
                            throw fail("\\u escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        } catch (NumberFormatException x) {
                            throw fail("\\u escape");
                        }
                        at += 4;
                    }
                    default -> throw fail("escape");
                }
            }
        }

        private void expect(char c) throws IOException {
            if (next() != c) {
                throw fail("'" + c + "'");
            }
        }

        private char next() throws IOException {
            char c = peek();
            at++;
            return c;
        }

        private char peek() throws IOException {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at >= s.length()) {
                throw fail("more JSON");
            }
            return s.charAt(at);
        }

        private IOException fail(String expected) {
            return new IOException("the opening is not a JSON object (expected " + expected + " at " + at + "): "
                    + abbreviate(s));
        }
    }
}
