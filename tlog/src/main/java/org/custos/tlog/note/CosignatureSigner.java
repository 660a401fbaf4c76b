package org.custos.tlog.note;

import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.time.Clock;

/** A witness's Ed25519 cosigner (tlog-cosignature v1.0.1, type 0x04): signs timestamp || Ed25519 signature. */
public final class CosignatureSigner implements NoteSigner {
    private final String name;
    private final int keyId;
    private final PrivateKey key;
    private final byte[] publicKey;
    private final Clock clock;

    public CosignatureSigner(String name, byte[] seed, Clock clock) {
        this.name = KeyNames.requireValid(name);
        this.key = Ed25519.privateKey(seed);
        this.publicKey = Ed25519.publicKeyFromSeed(seed);
        this.keyId = KeyNames.keyId(name, KeyNames.TYPE_COSIGNATURE_V1, publicKey);
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    /** Cosigns at the clock's current POSIX second. */
    @Override
    public byte[] sign(byte[] checkpointText) {
        return sign(checkpointText, clock.instant().getEpochSecond());
    }

    /** Cosigns with an explicit POSIX timestamp: 8-byte big-endian timestamp followed by the 64-byte signature. */
    public byte[] sign(byte[] checkpointText, long timestamp) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp must be in 0..2^63-1");
        }
        byte[] signature = Ed25519.sign(key, CosignatureMessage.of(timestamp, checkpointText));
        return ByteBuffer.allocate(8 + signature.length).putLong(timestamp).put(signature).array();
    }

    public CosignatureVerifier verifier() {
        return new CosignatureVerifier(name, publicKey);
    }
}
