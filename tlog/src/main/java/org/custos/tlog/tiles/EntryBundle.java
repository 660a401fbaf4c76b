package org.custos.tlog.tiles;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.TlogFormatException;

/** Entry bundles: each entry as a big-endian uint16 length followed by its bytes (entries ≤ 65,535 bytes). */
public final class EntryBundle {
    public static final int MAX_ENTRY_SIZE = 0xFFFF;

    private EntryBundle() {
    }

    public static byte[] encode(List<byte[]> entries) {
        if (entries.size() > Tile.FULL_WIDTH) {
            throw new IllegalArgumentException("a bundle holds at most 256 entries");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            if (entry.length > MAX_ENTRY_SIZE) {
                throw new IllegalArgumentException("entry of " + entry.length + " bytes exceeds 65,535");
            }
            out.write(entry.length >>> 8);
            out.write(entry.length & 0xFF);
            out.writeBytes(entry);
        }
        return out.toByteArray();
    }

    public static List<byte[]> decode(byte[] bundle) throws TlogFormatException {
        List<byte[]> entries = new ArrayList<>();
        int at = 0;
        while (at < bundle.length) {
            if (at + 2 > bundle.length || entries.size() == Tile.FULL_WIDTH) {
                throw new TlogFormatException("truncated or oversized entry bundle at byte " + at);
            }
            int length = ((bundle[at] & 0xFF) << 8) | (bundle[at + 1] & 0xFF);
            at += 2;
            if (at + length > bundle.length) {
                throw new TlogFormatException("entry of " + length + " bytes runs past the bundle end");
            }
            entries.add(java.util.Arrays.copyOfRange(bundle, at, at + length));
            at += length;
        }
        return entries;
    }
}
