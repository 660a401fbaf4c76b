package org.custos.tlog.note;

import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.Base64;

/** Verifies Ed25519 cosignature/v1 signatures (type 0x04) made by one witness key. */
public final class CosignatureVerifier implements NoteVerifier {
    public static final int SIGNATURE_SIZE = 8 + Ed25519.SIGNATURE_SIZE;

    private final String name;
    private final int keyId;
    private final PublicKey key;
    private final byte[] publicKey;

    public CosignatureVerifier(String name, byte[] publicKey) {
        this.name = KeyNames.requireValid(name);
        this.key = Ed25519.publicKey(publicKey);
        this.publicKey = publicKey.clone();
        this.keyId = KeyNames.keyId(name, KeyNames.TYPE_COSIGNATURE_V1, publicKey);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    @Override
    public boolean verify(byte[] checkpointText, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.wrap(signature);
        long timestamp = buffer.getLong();
        if (timestamp < 0) {
            return false;
        }
        byte[] ed25519 = new byte[Ed25519.SIGNATURE_SIZE];
        buffer.get(ed25519);
        return Ed25519.verify(key, CosignatureMessage.of(timestamp, checkpointText), ed25519);
    }

    /** The POSIX timestamp carried by a cosignature (unverified until {@link #verify} succeeds). */
    public static long timestamp(byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            throw new IllegalArgumentException("a cosignature is 72 bytes");
        }
        return ByteBuffer.wrap(signature).getLong();
    }

    /** {@code <name>+<8 hex key ID>+<base64(0x04 || public key)>}. */
    public String verifierKey() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = KeyNames.TYPE_COSIGNATURE_V1;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + String.format("%08x", keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }
}
