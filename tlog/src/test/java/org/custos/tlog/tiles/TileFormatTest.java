package org.custos.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.merkle.MemoryHashStore;
import org.custos.tlog.merkle.MerkleTree;
import org.custos.tlog.merkle.TestLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TileFormatTest {
    @Test
    void indexesUseXPrefixedThreeDigitGroups() throws Exception {
        // Example from C2SP tlog-tiles: 1234067 → x001/x234/067.
        assertThat(TilePaths.encodeIndex(1234067)).isEqualTo("x001/x234/067");
        assertThat(TilePaths.encodeIndex(0)).isEqualTo("000");
        assertThat(TilePaths.encodeIndex(1000)).isEqualTo("x001/000");
        assertThat(new Tile(1, 1234067, 7).path()).isEqualTo("tile/1/x001/x234/067.p/7");
        assertThat(TilePaths.entryBundlePath(5, 256)).isEqualTo("tile/entries/005");
        assertThat(Tile.parsePath("tile/1/x001/x234/067.p/7")).isEqualTo(new Tile(1, 1234067, 7));
        assertThat(Tile.parsePath("tile/0/000")).isEqualTo(new Tile(0, 0, 256));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tile/0/1", "tile/0/0001", "tile/0/x000/001", "tile/0/001/002", "tile/00/000",
        "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/07", "tile/entries/000", "tile/0/x001", "tile/8/000"})
    void rejectsNonCanonicalPaths(String path) {
        assertThatThrownBy(() -> Tile.parsePath(path)).isInstanceOf(TlogFormatException.class);
    }

    @Test
    void listsFullTilesAndOnePartialPerLevel() {
        assertThat(Tiles.forTreeSize(1000)).containsExactly(new Tile(0, 0, 256), new Tile(0, 1, 256),
                new Tile(0, 2, 256), new Tile(0, 3, 232), new Tile(1, 0, 3));
        assertThat(Tiles.changedTiles(700, 1000)).containsExactly(new Tile(0, 2, 256), new Tile(0, 3, 232),
                new Tile(1, 0, 3));
        assertThat(Tiles.forTreeSize(0)).isEmpty();
    }

    @Test
    void entryBundlesRoundTripAndRejectTruncation() throws Exception {
        List<byte[]> entries = List.of(new byte[0], new byte[] {1, 2, 3}, new byte[EntryBundle.MAX_ENTRY_SIZE]);
        byte[] bundle = EntryBundle.encode(entries);
        assertThat(bundle[2]).isZero();
        assertThat(bundle[3]).isEqualTo((byte) 3);
        assertThat(EntryBundle.decode(bundle)).hasSize(3).element(1).isEqualTo(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> EntryBundle.decode(java.util.Arrays.copyOf(bundle, bundle.length - 1)))
                .isInstanceOf(TlogFormatException.class);
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[EntryBundle.MAX_ENTRY_SIZE + 1])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void directoryServesOldTreeSizesFromFullTilesOncePartialsAreGone(@TempDir Path dir) throws Exception {
        MemoryHashStore log = TestLogs.log(1000);
        TileDirectory tiles = new TileDirectory(dir);
        tiles.writeTiles(0, 1000, log);
        assertThat(Files.exists(dir.resolve("tile/0/002.p/188"))).isFalse();
        for (long size : new long[] {1, 255, 256, 700, 999, 1000}) {
            assertThat(MerkleTree.treeHash(size, tiles.hashReader(1000))).isEqualTo(MerkleTree.treeHash(size, log));
        }
        assertThat(MerkleTree.treeHash(1000, tiles.hashReader(1000))).isEqualTo(log.rootHash());
    }
}
