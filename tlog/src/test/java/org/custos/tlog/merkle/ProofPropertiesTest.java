package org.custos.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For random sizes every generated proof verifies, and the same proof fails against a different leaf. */
class ProofPropertiesTest {
    private static final int MAX = 4000;
    private static final MemoryHashStore LOG = TestLogs.log(MAX);

    @Property(tries = 500)
    void everyInclusionProofVerifies(@ForAll @IntRange(min = 1, max = MAX) int size, @ForAll @IntRange(min = 0, max = MAX - 1) int rawIndex) {
        long index = rawIndex % size;
        Hash root = MerkleTree.treeHash(size, LOG);
        List<Hash> proof = ProofBuilder.inclusionProof(index, size, LOG);
        Hash leaf = Rfc6962.leafHash(TestLogs.entry(index));
        assertThatCode(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root)).doesNotThrowAnyException();
        Hash otherLeaf = Rfc6962.leafHash(TestLogs.entry(index + 1));
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, size, otherLeaf, proof, root))
                .isInstanceOf(InvalidProofException.class);
    }

    @Property(tries = 500)
    void everyConsistencyProofVerifies(@ForAll @IntRange(min = 0, max = MAX) int a, @ForAll @IntRange(min = 0, max = MAX) int b) {
        long oldSize = Math.min(a, b);
        long newSize = Math.max(a, b);
        Hash oldRoot = MerkleTree.treeHash(oldSize, LOG);
        Hash newRoot = MerkleTree.treeHash(newSize, LOG);
        List<Hash> proof = ProofBuilder.consistencyProof(oldSize, newSize, LOG);
        assertThatCode(() -> ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof))
                .doesNotThrowAnyException();
        if (oldSize > 0 && oldSize < newSize) {
            Hash forged = MerkleTree.treeHash(oldSize - 1, LOG);
            assertThatThrownBy(() -> ProofVerifier.verifyConsistency(oldSize, newSize, forged, newRoot, proof))
                    .isInstanceOf(InvalidProofException.class);
        }
    }
}
