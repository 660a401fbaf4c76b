package org.custos.tlog.merkle;

/** Exact proof lengths implied by the sizes alone, derived from the RFC 6962 PATH and SUBPROOF recursions. */
public final class ProofLengths {
    private ProofLengths() {
    }

    /** Length of PATH(index, D[treeSize]); requires 0 ≤ index < treeSize. */
    public static int inclusion(long index, long treeSize) {
        int length = 0;
        long lo = 0;
        long hi = treeSize;
        while (hi - lo > 1) {
            long k = Rfc6962.splitPoint(hi - lo);
            if (index < lo + k) {
                hi = lo + k;
            } else {
                lo += k;
            }
            length++;
        }
        return length;
    }

    /** Length of PROOF(oldSize, D[newSize]); 0 when oldSize is 0 or equals newSize. */
    public static int consistency(long oldSize, long newSize) {
        if (oldSize == 0 || oldSize == newSize) {
            return 0;
        }
        int length = 0;
        long lo = 0;
        long hi = newSize;
        boolean whole = true;
        while (oldSize != hi) {
            long k = Rfc6962.splitPoint(hi - lo);
            if (oldSize <= lo + k) {
                hi = lo + k;
            } else {
                lo += k;
                whole = false;
            }
            length++;
        }
        return whole ? length : length + 1;
    }
}
