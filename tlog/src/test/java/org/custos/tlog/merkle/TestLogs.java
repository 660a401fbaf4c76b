package org.custos.tlog.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Deterministic test entries and logs. */
public final class TestLogs {
    private TestLogs() {
    }

    public static byte[] entry(long i) {
        return ("custody record " + i).getBytes(StandardCharsets.UTF_8);
    }

    public static List<byte[]> entries(int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(entry(i));
        }
        return out;
    }

    public static MemoryHashStore log(int size) {
        MemoryHashStore store = new MemoryHashStore();
        store.appendAll(entries(size));
        return store;
    }
}
