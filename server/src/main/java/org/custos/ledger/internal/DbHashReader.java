package org.custos.ledger.internal;

import java.util.HashMap;
import java.util.Map;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads stored hashes from {@code ledger_hash}, one query per call. */
final class DbHashReader implements HashReader {

    private final JdbcClient jdbc;

    DbHashReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Hash[] readHashes(long... indexes) {
        if (indexes.length == 0) {
            return new Hash[0];
        }
        Map<Long, Hash> found = new HashMap<>(indexes.length * 2);
        jdbc.sql("select storage_index, hash from ledger_hash where storage_index = any(?)")
                .param(indexes)
                .query(rs -> {
                    found.put(rs.getLong(1), Hash.of(rs.getBytes(2)));
                });
        Hash[] out = new Hash[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = found.get(indexes[i]);
            if (out[i] == null) {
                throw new IllegalArgumentException("stored hash " + indexes[i] + " is missing");
            }
        }
        return out;
    }

    /** The hashes just computed (from {@code base} on) in front of the stored ones. */
    static HashReader overlay(java.util.List<Hash> added, long base, HashReader stored) {
        return indexes -> {
            Hash[] out = new Hash[indexes.length];
            int missing = 0;
            for (int i = 0; i < indexes.length; i++) {
                long at = indexes[i] - base;
                if (at >= 0 && at < added.size()) {
                    out[i] = added.get((int) at);
                } else {
                    missing++;
                }
            }
            if (missing > 0) {
                long[] rest = new long[missing];
                int j = 0;
                for (int i = 0; i < indexes.length; i++) {
                    if (out[i] == null) {
                        rest[j++] = indexes[i];
                    }
                }
                Hash[] read = stored.readHashes(rest);
                j = 0;
                for (int i = 0; i < indexes.length; i++) {
                    if (out[i] == null) {
                        out[i] = read[j++];
                    }
                }
            }
            return out;
        };
    }
}
