package org.custos.tlog.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.custos.tlog.TlogFormatException;

/** An immutable 32-byte SHA-256 value: a leaf hash, an interior node hash or a tree root. */
public final class Hash {
    public static final int SIZE = 32;

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Copies exactly 32 bytes. */
    public static Hash of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash is 32 bytes, got " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /** Copies 32 bytes starting at {@code offset}. */
    public static Hash of(byte[] bytes, int offset) {
        return new Hash(Arrays.copyOfRange(bytes, offset, offset + SIZE));
    }

    static Hash wrap(byte[] digest) {
        return new Hash(digest);
    }

    /** Parses standard (RFC 4648 §4) base64 of exactly 32 bytes, rejecting non-canonical encodings. */
    public static Hash fromBase64(String text) throws TlogFormatException {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new TlogFormatException("hash is not valid base64: " + e.getMessage());
        }
        if (decoded.length != SIZE || !Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw new TlogFormatException("hash is not canonical base64 of 32 bytes");
        }
        return new Hash(decoded);
    }

    public static Hash fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, SIZE);
    }

    void feed(MessageDigest digest) {
        digest.update(bytes);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** A copy with one bit inverted; used by tamper tests and tooling. */
    public Hash withBitFlipped(int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return new Hash(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
