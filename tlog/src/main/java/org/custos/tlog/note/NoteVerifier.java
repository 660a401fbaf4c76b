package org.custos.tlog.note;

/** Checks signatures from one key, identified by (name, key ID). */
public interface NoteVerifier {
    String name();

    int keyId();

    /** Whether {@code signature} (without the key ID) is valid over {@code text}. */
    boolean verify(byte[] text, byte[] signature);
}
