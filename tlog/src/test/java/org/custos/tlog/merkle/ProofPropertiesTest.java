package org.custos.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For random sizes every generated proof verifies, and the same proof fails against a different leaf.
 * Seeded pseudo-random cases (500 each); a failure message names the seed and the case.
 */
class ProofPropertiesTest {
    private static final int MAX = 4000;
    private static final int TRIES = 500;
    private static final long SEED = Long.getLong("custos.seed", 0x7106L);
    private static final MemoryHashStore LOG = TestLogs.log(MAX);

    @Test
    void everyInclusionProofVerifies() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int t = 0; t < TRIES; t++) {
            int size = 1 + random.nextInt(MAX);
            long index = random.nextInt(size);
            Hash root = MerkleTree.treeHash(size, LOG);
            List<Hash> proof = ProofBuilder.inclusionProof(index, size, LOG);
            Hash leaf = Rfc6962.leafHash(TestLogs.entry(index));
            String why = "seed " + SEED + " case " + t + ": index " + index + " size " + size;
            assertThatCode(() -> ProofVerifier.verifyInclusion(index, size, leaf, proof, root)).as(why)
                    .doesNotThrowAnyException();
            Hash otherLeaf = Rfc6962.leafHash(TestLogs.entry(index + 1));
            assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, size, otherLeaf, proof, root)).as(why)
                    .isInstanceOf(InvalidProofException.class);
        }
    }

    @Test
    void everyConsistencyProofVerifies() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int t = 0; t < TRIES; t++) {
            int a = random.nextInt(MAX + 1);
            int b = random.nextInt(MAX + 1);
            long oldSize = Math.min(a, b);
            long newSize = Math.max(a, b);
            Hash oldRoot = MerkleTree.treeHash(oldSize, LOG);
            Hash newRoot = MerkleTree.treeHash(newSize, LOG);
            List<Hash> proof = ProofBuilder.consistencyProof(oldSize, newSize, LOG);
            String why = "seed " + SEED + " case " + t + ": " + oldSize + " -> " + newSize;
            assertThatCode(() -> ProofVerifier.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).as(why)
                    .doesNotThrowAnyException();
            if (oldSize > 0 && oldSize < newSize) {
                Hash forged = MerkleTree.treeHash(oldSize - 1, LOG);
                assertThatThrownBy(() -> ProofVerifier.verifyConsistency(oldSize, newSize, forged, newRoot, proof))
                        .as(why).isInstanceOf(InvalidProofException.class);
            }
        }
    }
}
