package org.custos.tlog.note;

import java.security.PublicKey;
import java.util.Base64;

/** Verifies Ed25519 (type 0x01) note signatures. */
public final class Ed25519NoteVerifier implements NoteVerifier {
    private final String name;
    private final int keyId;
    private final PublicKey key;
    private final byte[] publicKey;

    public Ed25519NoteVerifier(String name, byte[] publicKey) {
        this.name = KeyNames.requireValid(name);
        this.key = Ed25519.publicKey(publicKey);
        this.publicKey = publicKey.clone();
        this.keyId = KeyNames.keyId(name, KeyNames.TYPE_ED25519, publicKey);
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
    public boolean verify(byte[] text, byte[] signature) {
        return Ed25519.verify(key, text, signature);
    }

    /** {@code <name>+<8 hex key ID>+<base64(0x01 || public key)>}. */
    public String verifierKey() {
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = KeyNames.TYPE_ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return name + "+" + String.format("%08x", keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }
}
