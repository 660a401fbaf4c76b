package org.custos.tlog.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/** One signature line: {@code — <key name> base64(key ID || signature)}. */
public record NoteSignature(String keyName, int keyId, byte[] signature) {
    public NoteSignature {
        KeyNames.requireValid(keyName);
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The base64 of key ID || signature, as it appears on the line. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array());
    }

    /** The full line, em dash to newline. */
    public String line() {
        return "\u2014 " + keyName + " " + encoded() + "\n";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature s && s.keyName.equals(keyName) && s.keyId == keyId
                && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return keyName.hashCode() * 31 + keyId * 17 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
