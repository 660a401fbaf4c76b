package org.custos.tlog.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Raw RFC 8032 Ed25519 keys (32-byte seed, 32-byte public key) on top of the JDK provider. */
public final class Ed25519 {
    public static final int KEY_SIZE = 32;
    public static final int SIGNATURE_SIZE = 64;
    /** DER SubjectPublicKeyInfo header for an Ed25519 key (RFC 8410): the raw key follows. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519() {
    }

    public static PrivateKey privateKey(byte[] seed) {
        checkSize(seed);
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed.clone()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public static PublicKey publicKey(byte[] raw) {
        checkSize(raw);
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_SIZE);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, KEY_SIZE);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** Derives the raw public key from a seed (the JDK generator consumes exactly 32 bytes as the seed). */
    public static byte[] publicKeyFromSeed(byte[] seed) {
        checkSize(seed);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            byte[] der = generator.generateKeyPair().getPublic().getEncoded();
            return Arrays.copyOfRange(der, der.length - KEY_SIZE, der.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkSize(byte[] key) {
        if (key.length != KEY_SIZE) {
            throw new IllegalArgumentException("Ed25519 keys are 32 bytes, got " + key.length);
        }
    }

    /** Hands out a fixed seed once; used only to derive a public key deterministically. */
    private static final class FixedSeed extends SecureRandom {
        private final byte[] seed;
        private boolean used;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (used || bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            used = true;
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
