package org.custos.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.TileHashReader;
import org.custos.tlog.tiles.Tiles;
import org.junit.jupiter.api.Test;

/** The stored-hash and tiled implementations against the literal RFC 6962 recursion, for every size 1..300. */
class TreeHashOracleTest {
    private static final List<byte[]> ENTRIES = TestLogs.entries(300);

    @Test
    void storedAndTiledRootsEqualTheNaiveRootAtEverySize() {
        MemoryHashStore store = new MemoryHashStore();
        for (int size = 1; size <= 300; size++) {
            store.append(ENTRIES.get(size - 1));
            Hash naive = NaiveMerkle.mth(ENTRIES.subList(0, size));
            assertThat(store.rootHash()).as("size %d", size).isEqualTo(naive);
            assertThat(MerkleTree.treeHash(size, tiled(store, size))).as("tiled %d", size).isEqualTo(naive);
        }
    }

    @Test
    void everyHistoricalRootIsReadableFromTheLatestStore() {
        MemoryHashStore store = TestLogs.log(300);
        for (int size = 0; size <= 300; size++) {
            assertThat(MerkleTree.treeHash(size, store)).isEqualTo(NaiveMerkle.mth(ENTRIES.subList(0, size)));
        }
    }

    @Test
    void proofsEqualTheNaiveRecursion() {
        MemoryHashStore store = TestLogs.log(130);
        for (int n = 1; n <= 130; n++) {
            List<byte[]> d = ENTRIES.subList(0, n);
            HashReader tiles = tiled(store, n);
            for (int m = 0; m < n; m++) {
                assertThat(ProofBuilder.inclusionProof(m, n, store)).isEqualTo(NaiveMerkle.path(m, d));
                assertThat(ProofBuilder.inclusionProof(m, n, tiles)).isEqualTo(NaiveMerkle.path(m, d));
                List<Hash> expected = m == 0 ? List.of() : NaiveMerkle.proof(m, d);
                assertThat(ProofBuilder.consistencyProof(m, n, tiles)).isEqualTo(expected);
                assertThat(ProofLengths.inclusion(m, n)).isEqualTo(NaiveMerkle.path(m, d).size());
                assertThat(ProofLengths.consistency(m, n)).isEqualTo(expected.size());
            }
        }
    }

    @Test
    void tiledReaderReturnsEveryStoredHashAcrossTwoTileLevels() {
        MemoryHashStore store = TestLogs.log(70_000);
        HashReader tiles = tiled(store, 70_000);
        for (long i = 0; i < StoredHashIndex.count(70_000); i += 7) {
            assertThat(tiles.readHashes(i)).containsExactly(store.readHashes(i));
        }
        assertThat(MerkleTree.treeHash(70_000, tiles)).isEqualTo(store.rootHash());
    }

    @Test
    void batchAppendEqualsOneByOneAppend() {
        MemoryHashStore batched = new MemoryHashStore();
        batched.appendAll(ENTRIES.subList(0, 100));
        batched.appendAll(ENTRIES.subList(100, 300));
        MemoryHashStore single = TestLogs.log(300);
        long count = StoredHashIndex.count(300);
        for (long i = 0; i < count; i++) {
            assertThat(batched.readHashes(i)).containsExactly(single.readHashes(i));
        }
    }

    /** A tile source holding exactly the tiles published for {@code size}. */
    static HashReader tiled(HashReader store, long size) {
        Map<Tile, byte[]> published = new HashMap<>();
        for (Tile tile : Tiles.forTreeSize(size)) {
            published.put(tile, Tiles.read(tile, store));
        }
        return new TileHashReader(size, tile -> {
            byte[] data = published.get(tile);
            assertThat(data).as("tile %s published", tile.path()).isNotNull();
            return data;
        });
    }
}
