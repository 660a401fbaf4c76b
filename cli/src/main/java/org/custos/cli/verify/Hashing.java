package org.custos.cli.verify;

import java.security.DigestException;
import java.security.MessageDigest;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.Rfc6962;

/** RFC 6962 hashing into caller-owned arrays: one digest per thread, no per-hash allocation. */
final class Hashing {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Rfc6962::newDigest);

    private Hashing() {
    }

    /** out[outAt..+32) = SHA-256(0x00 || src[at..at+length)). */
    static void leaf(byte[] src, int at, int length, byte[] out, int outAt) {
        MessageDigest d = SHA256.get();
        d.update((byte) 0x00);
        d.update(src, at, length);
        finish(d, out, outAt);
    }

    /** out[outAt..+32) = SHA-256(0x01 || hashes[at..at+64)); out may overlap the input. */
    static void node(byte[] hashes, int at, byte[] out, int outAt) {
        MessageDigest d = SHA256.get();
        d.update((byte) 0x01);
        d.update(hashes, at, 2 * Hash.SIZE);
        finish(d, out, outAt);
    }

    /** The root of {@code count} (a power of two) consecutive hashes; {@code hashes} is left unchanged. */
    static byte[] subtreeRoot(byte[] hashes, int count) {
        byte[] row = java.util.Arrays.copyOf(hashes, count * Hash.SIZE);
        for (int size = count; size > 1; size /= 2) {
            for (int j = 0; j < size / 2; j++) {
                node(row, 2 * j * Hash.SIZE, row, j * Hash.SIZE);
            }
        }
        return java.util.Arrays.copyOf(row, Hash.SIZE);
    }

    /** Position of the first 32-byte hash that differs among the first {@code count}, or −1. */
    static int firstDifference(byte[] a, byte[] b, int count) {
        int at = java.util.Arrays.mismatch(a, 0, count * Hash.SIZE, b, 0, count * Hash.SIZE);
        return at < 0 ? -1 : at / Hash.SIZE;
    }

    /** How many of the first {@code count} hashes differ. */
    static int countDifferences(byte[] a, byte[] b, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += sameHash(a, i, b, i) ? 0 : 1;
        }
        return n;
    }

    static boolean sameHash(byte[] a, int ai, byte[] b, int bi) {
        return java.util.Arrays.equals(a, ai * Hash.SIZE, (ai + 1) * Hash.SIZE, b, bi * Hash.SIZE, (bi + 1) * Hash.SIZE);
    }

    private static void finish(MessageDigest d, byte[] out, int outAt) {
        try {
            d.digest(out, outAt, Hash.SIZE);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 output does not fit", e);
        }
    }
}
