package org.custos.tlog.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 6962 §2.1 hashing: domain-separated leaf and node hashes over SHA-256. */
public final class Rfc6962 {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Rfc6962::newDigest);

    /** MTH({}) = SHA-256(""), the root of the empty tree. */
    public static final Hash EMPTY_ROOT = Hash.wrap(newDigest().digest());

    private Rfc6962() {
    }

    /** SHA-256(0x00 || entry). */
    public static Hash leafHash(byte[] entry) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x00);
        digest.update(entry);
        return Hash.wrap(digest.digest());
    }

    /** SHA-256(0x01 || left || right). */
    public static Hash nodeHash(Hash left, Hash right) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x01);
        left.feed(digest);
        right.feed(digest);
        return Hash.wrap(digest.digest());
    }

    /** The largest power of two strictly smaller than {@code n} (n ≥ 2): where RFC 6962 splits a tree. */
    public static long splitPoint(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("a tree of " + n + " leaves does not split");
        }
        return Long.highestOneBit(n - 1);
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
