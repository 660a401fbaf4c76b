package org.custos.tlog.note;

import java.security.PrivateKey;

/** Signs note texts with an Ed25519 key (signature type 0x01). */
public final class Ed25519NoteSigner implements NoteSigner {
    private final String name;
    private final int keyId;
    private final PrivateKey key;
    private final byte[] publicKey;

    public Ed25519NoteSigner(String name, byte[] seed) {
        this.name = KeyNames.requireValid(name);
        this.key = Ed25519.privateKey(seed);
        this.publicKey = Ed25519.publicKeyFromSeed(seed);
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
    public byte[] sign(byte[] text) {
        return Ed25519.sign(key, text);
    }

    public Ed25519NoteVerifier verifier() {
        return new Ed25519NoteVerifier(name, publicKey);
    }
}
