package org.custos.tlog.note;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.custos.tlog.TlogFormatException;

/**
 * Key strings: verifier keys {@code <name>+<hex ID>+<base64(type || public key)>} and private keys
 * {@code PRIVATE+KEY+<name>+<hex ID>+<base64(type || seed)>}, for types 0x01 (Ed25519) and 0x04 (cosignature/v1).
 */
public final class NoteKeys {
    /** A generated key, as the two strings an operator stores and publishes. */
    public record KeyStrings(String privateKey, String verifierKey) {
        @Override
        public String toString() {
            return "KeyStrings[verifierKey=" + verifierKey + "]";
        }
    }

    /** A parsed private key string. */
    public record PrivateKey(String name, byte type, byte[] seed) {
    }

    private NoteKeys() {
    }

    /** A new Ed25519 log/note key (type 0x01). */
    public static KeyStrings generate(String name, SecureRandom random) {
        return generate(name, KeyNames.TYPE_ED25519, random);
    }

    /** A new witness cosigning key (type 0x04). */
    public static KeyStrings generateCosigner(String name, SecureRandom random) {
        return generate(name, KeyNames.TYPE_COSIGNATURE_V1, random);
    }

    private static KeyStrings generate(String name, byte type, SecureRandom random) {
        KeyNames.requireValid(name);
        byte[] seed = new byte[Ed25519.KEY_SIZE];
        random.nextBytes(seed);
        byte[] pub = Ed25519.publicKeyFromSeed(seed);
        String id = String.format("%08x", KeyNames.keyId(name, type, pub));
        return new KeyStrings("PRIVATE+KEY+" + name + "+" + id + "+" + typed(type, seed), name + "+" + id + "+" + typed(type, pub));
    }

    public static PrivateKey parsePrivateKey(String text) throws TlogFormatException {
        if (!text.startsWith("PRIVATE+KEY+")) {
            throw new TlogFormatException("private key must start with PRIVATE+KEY+");
        }
        Parsed p = parse(text.substring("PRIVATE+KEY+".length()));
        byte[] pub = Ed25519.publicKeyFromSeed(p.key);
        checkId(p, pub);
        return new PrivateKey(p.name, p.type, p.key);
    }

    /** An Ed25519 (0x01) signer from a private key string. */
    public static Ed25519NoteSigner signer(String privateKey) throws TlogFormatException {
        PrivateKey k = requireType(parsePrivateKey(privateKey), KeyNames.TYPE_ED25519);
        return new Ed25519NoteSigner(k.name(), k.seed());
    }

    /** A cosignature (0x04) signer from a private key string. */
    public static CosignatureSigner cosigner(String privateKey, Clock clock) throws TlogFormatException {
        PrivateKey k = requireType(parsePrivateKey(privateKey), KeyNames.TYPE_COSIGNATURE_V1);
        return new CosignatureSigner(k.name(), k.seed(), clock);
    }

    /** A verifier for a 0x01 or 0x04 verifier key string; the key ID must match. */
    public static NoteVerifier verifier(String verifierKey) throws TlogFormatException {
        Parsed p = parse(verifierKey);
        checkId(p, p.key);
        return p.type == KeyNames.TYPE_ED25519
                ? new Ed25519NoteVerifier(p.name, p.key)
                : new CosignatureVerifier(p.name, p.key);
    }

    private record Parsed(String name, String hexId, byte type, byte[] key) {
    }

    private static Parsed parse(String text) throws TlogFormatException {
        String[] parts = text.split("\\+", 3);
        if (parts.length != 3 || !KeyNames.isValid(parts[0]) || !parts[1].matches("[0-9a-f]{8}")) {
            throw new TlogFormatException("key must be <name>+<8 lowercase hex>+<base64>");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new TlogFormatException("key material is not valid base64");
        }
        if (raw.length != 1 + Ed25519.KEY_SIZE) {
            throw new TlogFormatException("key material must be a type byte and 32 bytes");
        }
        if (raw[0] != KeyNames.TYPE_ED25519 && raw[0] != KeyNames.TYPE_COSIGNATURE_V1) {
            throw new TlogFormatException("unsupported key type " + raw[0]);
        }
        return new Parsed(parts[0], parts[1], raw[0], java.util.Arrays.copyOfRange(raw, 1, raw.length));
    }

    private static void checkId(Parsed p, byte[] publicKey) throws TlogFormatException {
        String expected = String.format("%08x", KeyNames.keyId(p.name, p.type, publicKey));
        if (!expected.equals(p.hexId)) {
            throw new TlogFormatException("key ID " + p.hexId + " does not match the key (expected " + expected + ")");
        }
    }

    private static PrivateKey requireType(PrivateKey k, byte type) throws TlogFormatException {
        if (k.type() != type) {
            throw new TlogFormatException("expected key type " + type + ", got " + k.type());
        }
        return k;
    }

    private static String typed(byte type, byte[] key) {
        byte[] out = new byte[1 + key.length];
        out[0] = type;
        System.arraycopy(key, 0, out, 1, key.length);
        return Base64.getEncoder().encodeToString(out);
    }
}
