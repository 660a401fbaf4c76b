package org.custos.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.custos.tlog.merkle.Hash;

/** A checkpoint the log signed ({@code note}: the signed note) and the cosignature lines received for it. */
record StoredCheckpoint(long size, Hash root, String note, OffsetDateTime signedAt, List<String> cosignatures) {

    /** The signed note with every cosignature line appended, as served at {@code /ledger/checkpoint}. */
    String withCosignatures() {
        StringBuilder out = new StringBuilder(note);
        cosignatures.forEach(line -> out.append(line.strip()).append('\n'));
        return out.toString();
    }

    byte[] bytes() {
        return withCosignatures().getBytes(StandardCharsets.UTF_8);
    }
}
