package org.custos.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.custos.tlog.merkle.InvalidProofException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every single-bit change, wrong index, wrong size, truncation and extension must be rejected. */
class ProofMutationTest {
    private static final MemoryHashStore LOG = TestLogs.log(1010);

    @ParameterizedTest
    @CsvSource({"0,1000", "500,1000", "999,1000", "255,256", "256,257", "3,7", "6,7", "0,2", "1,2"})
    void inclusionRejectsEveryMutation(long index, long size) {
        Hash root = MerkleTree.treeHash(size, LOG);
        Hash leaf = Rfc6962.leafHash(TestLogs.entry(index));
        List<Hash> proof = ProofBuilder.inclusionProof(index, size, LOG);
        assertThatCode(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root)).doesNotThrowAnyException();
        for (int h = 0; h < proof.size(); h++) {
            for (int bit = 0; bit < 256; bit++) {
                List<Hash> bad = new ArrayList<>(proof);
                bad.set(h, proof.get(h).withBitFlipped(bit));
                rejectInclusion(index, size, leaf, bad, root, Reason.ROOT_MISMATCH);
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            rejectInclusion(index, size, leaf, proof, root.withBitFlipped(bit), Reason.ROOT_MISMATCH);
            rejectInclusion(index, size, leaf.withBitFlipped(bit), proof, root, Reason.ROOT_MISMATCH);
        }
        for (long other = Math.max(0, index - 3); other < Math.min(size, index + 4); other++) {
            if (other != index) {
                rejectInclusion(other, size, leaf, proof, root, null);
            }
        }
        for (long otherSize = Math.max(index + 1, size - 3); otherSize <= size + 3; otherSize++) {
            if (otherSize != size) {
                rejectInclusion(index, otherSize, leaf, proof, MerkleTree.treeHash(otherSize, LOG), null);
            }
        }
        rejectInclusion(size, size, leaf, proof, root, Reason.INDEX_OUT_OF_RANGE);
        rejectInclusion(-1, size, leaf, proof, root, Reason.INDEX_OUT_OF_RANGE);
        if (!proof.isEmpty()) {
            rejectInclusion(index, size, leaf, proof.subList(0, proof.size() - 1), root, Reason.WRONG_PROOF_LENGTH);
        }
        List<Hash> extended = new ArrayList<>(proof);
        extended.add(root);
        rejectInclusion(index, size, leaf, extended, root, Reason.WRONG_PROOF_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({"1,1000", "256,1000", "300,1000", "999,1000", "4,8", "7,8", "3,7", "1,2", "512,513"})
    void consistencyRejectsEveryMutation(long oldSize, long newSize) {
        Hash oldRoot = MerkleTree.treeHash(oldSize, LOG);
        Hash newRoot = MerkleTree.treeHash(newSize, LOG);
        List<Hash> proof = ProofBuilder.consistencyProof(oldSize, newSize, LOG);
        assertThatCode(() -> ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof))
                .doesNotThrowAnyException();
        for (int h = 0; h < proof.size(); h++) {
            for (int bit = 0; bit < 256; bit++) {
                List<Hash> bad = new ArrayList<>(proof);
                bad.set(h, proof.get(h).withBitFlipped(bit));
                rejectConsistency(oldSize, newSize, oldRoot, newRoot, bad, null);
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            rejectConsistency(oldSize, newSize, oldRoot.withBitFlipped(bit), newRoot, proof, null);
            rejectConsistency(oldSize, newSize, oldRoot, newRoot.withBitFlipped(bit), proof, Reason.NEW_ROOT_MISMATCH);
        }
        for (long d = -2; d <= 2; d++) {
            long otherOld = oldSize + d;
            if (d != 0 && otherOld > 0 && otherOld < newSize) {
                rejectConsistency(otherOld, newSize, MerkleTree.treeHash(otherOld, LOG), newRoot, proof, null);
            }
            long otherNew = newSize + d;
            if (d != 0 && otherNew > oldSize && otherNew <= 1010) {
                rejectConsistency(oldSize, otherNew, oldRoot, MerkleTree.treeHash(otherNew, LOG), proof, null);
            }
        }
        rejectConsistency(newSize, oldSize, newRoot, oldRoot, proof, Reason.SIZE_ORDER);
        rejectConsistency(oldSize, newSize, oldRoot, newRoot, proof.subList(0, proof.size() - 1),
                Reason.WRONG_PROOF_LENGTH);
        List<Hash> extended = new ArrayList<>(proof);
        extended.add(newRoot);
        rejectConsistency(oldSize, newSize, oldRoot, newRoot, extended, Reason.WRONG_PROOF_LENGTH);
    }

    @org.junit.jupiter.api.Test
    void equalAndEmptySizesNeedEmptyProofsAndMatchingRoots() {
        Hash root = MerkleTree.treeHash(10, LOG);
        assertThatCode(() -> ProofVerifier.verifyConsistency(10, 10, root, root, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> ProofVerifier.verifyConsistency(0, 10, Rfc6962.EMPTY_ROOT, root, List.of()))
                .doesNotThrowAnyException();
        rejectConsistency(10, 10, root.withBitFlipped(3), root, List.of(), Reason.OLD_ROOT_MISMATCH);
        rejectConsistency(10, 10, root, root, List.of(root), Reason.WRONG_PROOF_LENGTH);
        rejectConsistency(0, 10, root, root, List.of(), Reason.OLD_ROOT_MISMATCH);
        rejectConsistency(0, 10, Rfc6962.EMPTY_ROOT, root, List.of(root), Reason.WRONG_PROOF_LENGTH);
    }

    private static void rejectInclusion(long index, long size, Hash leaf, List<Hash> proof, Hash root, Reason reason) {
        var assertion = assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root))
                .isInstanceOf(InvalidProofException.class);
        if (reason != null) {
            assertion.extracting(e -> ((InvalidProofException) e).reason()).isEqualTo(reason);
        }
    }

    private static void rejectConsistency(long m, long n, Hash oldRoot, Hash newRoot, List<Hash> proof, Reason reason) {
        var assertion = assertThatThrownBy(() -> ProofVerifier.verifyConsistency(m, n, oldRoot, newRoot, proof))
                .isInstanceOf(InvalidProofException.class);
        if (reason != null) {
            assertion.extracting(e -> ((InvalidProofException) e).reason()).isEqualTo(reason);
        }
    }
}
