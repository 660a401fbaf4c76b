package org.custos.tlog.merkle;

import java.util.ArrayList;
import java.util.List;

/** Test oracle: the RFC 6962 §2.1 definitions written as literally as possible, recursion over lists. */
final class NaiveMerkle {
    private NaiveMerkle() {
    }

    static Hash mth(List<byte[]> entries) {
        if (entries.isEmpty()) {
            return Rfc6962.EMPTY_ROOT;
        }
        if (entries.size() == 1) {
            return Rfc6962.leafHash(entries.get(0));
        }
        int k = largestPowerOfTwoBelow(entries.size());
        return Rfc6962.nodeHash(mth(entries.subList(0, k)), mth(entries.subList(k, entries.size())));
    }

    /** PATH(m, D[n]) from RFC 6962 §2.1.1. */
    static List<Hash> path(int m, List<byte[]> d) {
        List<Hash> out = new ArrayList<>();
        if (d.size() <= 1) {
            return out;
        }
        int k = largestPowerOfTwoBelow(d.size());
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, d.size())));
        } else {
            out.addAll(path(m - k, d.subList(k, d.size())));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) from RFC 6962 §2.1.2. */
    static List<Hash> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<Hash> subproof(int m, List<byte[]> d, boolean b) {
        List<Hash> out = new ArrayList<>();
        int n = d.size();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }
}
