package org.custos.tlog.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.custos.tlog.merkle.Rfc6962;

/** Key-name rules and key IDs shared by every signature type. */
public final class KeyNames {
    public static final byte TYPE_ED25519 = 0x01;
    public static final byte TYPE_COSIGNATURE_V1 = 0x04;

    private KeyNames() {
    }

    /** Non-empty, no Unicode spaces, no '+', no control characters. */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        return name.codePoints().noneMatch(c -> c == '+' || c < 0x20 || c == 0x7f
                || Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    public static String requireValid(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("invalid key name: " + name);
        }
        return name;
    }

    /** First four bytes, big-endian, of SHA-256(name || 0x0A || type || public key). */
    public static int keyId(String name, byte type, byte[] publicKey) {
        MessageDigest digest = Rfc6962.newDigest();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(type);
        digest.update(publicKey);
        byte[] h = digest.digest();
        return ((h[0] & 0xFF) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
    }
}
