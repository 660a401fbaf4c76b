package org.custos.tlog.merkle;

import static org.custos.tlog.merkle.InvalidProofException.Reason.INDEX_OUT_OF_RANGE;
import static org.custos.tlog.merkle.InvalidProofException.Reason.NEW_ROOT_MISMATCH;
import static org.custos.tlog.merkle.InvalidProofException.Reason.OLD_ROOT_MISMATCH;
import static org.custos.tlog.merkle.InvalidProofException.Reason.PROOF_NOT_CONSUMED;
import static org.custos.tlog.merkle.InvalidProofException.Reason.ROOT_MISMATCH;
import static org.custos.tlog.merkle.InvalidProofException.Reason.SIZE_ORDER;
import static org.custos.tlog.merkle.InvalidProofException.Reason.WRONG_PROOF_LENGTH;

import java.util.ArrayList;
import java.util.List;

/** Verifies proofs exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), with all final checks. */
public final class ProofVerifier {
    private ProofVerifier() {
    }

    /** Checks that {@code leafHash} is leaf {@code index} of the tree of {@code treeSize} leaves with {@code root}. */
    public static void verifyInclusion(long index, long treeSize, Hash leafHash, List<Hash> proof, Hash root)
            throws InvalidProofException {
        if (index < 0 || index >= treeSize) {
            throw new InvalidProofException(INDEX_OUT_OF_RANGE, "index " + index + " ≥ tree size " + treeSize);
        }
        int expected = ProofLengths.inclusion(index, treeSize);
        if (proof.size() != expected) {
            throw new InvalidProofException(WRONG_PROOF_LENGTH, proof.size() + " hashes, expected " + expected);
        }
        long fn = index;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : proof) {
            if (sn == 0) {
                throw new InvalidProofException(PROOF_NOT_CONSUMED, "hashes left after reaching the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException(PROOF_NOT_CONSUMED, "path ended below the root");
        }
        if (!r.equals(root)) {
            throw new InvalidProofException(ROOT_MISMATCH, "computed " + r + ", expected " + root);
        }
    }

    /** Checks that the tree ({@code newSize}, {@code newRoot}) extends ({@code oldSize}, {@code oldRoot}). */
    public static void verifyConsistency(long oldSize, long newSize, Hash oldRoot, Hash newRoot, List<Hash> proof)
            throws InvalidProofException {
        if (oldSize < 0 || oldSize > newSize) {
            throw new InvalidProofException(SIZE_ORDER, "old size " + oldSize + " > new size " + newSize);
        }
        int expected = ProofLengths.consistency(oldSize, newSize);
        if (proof.size() != expected) {
            throw new InvalidProofException(WRONG_PROOF_LENGTH, proof.size() + " hashes, expected " + expected);
        }
        if (oldSize == 0 || oldSize == newSize) {
            Hash expectedOld = oldSize == 0 ? Rfc6962.EMPTY_ROOT : newRoot;
            if (!oldRoot.equals(expectedOld)) {
                throw new InvalidProofException(OLD_ROOT_MISMATCH, "old root " + oldRoot + " ≠ " + expectedOld);
            }
            return;
        }
        List<Hash> path = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            path.addFirst(oldRoot);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = path.getFirst();
        Hash sr = fr;
        for (Hash c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new InvalidProofException(PROOF_NOT_CONSUMED, "hashes left after reaching the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException(PROOF_NOT_CONSUMED, "path ended below the new root");
        }
        if (!fr.equals(oldRoot)) {
            throw new InvalidProofException(OLD_ROOT_MISMATCH, "computed " + fr + ", expected " + oldRoot);
        }
        if (!sr.equals(newRoot)) {
            throw new InvalidProofException(NEW_ROOT_MISMATCH, "computed " + sr + ", expected " + newRoot);
        }
    }
}
