package org.custos.tlog.note;

/** Produces one signature line's worth of signature over a note text. */
public interface NoteSigner {
    String name();

    int keyId();

    /** The signature bytes (without the 4-byte key ID) over the note text. */
    byte[] sign(byte[] text);
}
