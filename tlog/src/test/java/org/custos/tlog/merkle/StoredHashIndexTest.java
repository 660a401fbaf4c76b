package org.custos.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredHashIndexTest {
    @Test
    void firstHashesFollowAppendOrder() {
        // leaf0, leaf1, node(1,0), leaf2, leaf3, node(1,1), node(2,0), leaf4
        assertThat(StoredHashIndex.of(0, 0)).isEqualTo(0);
        assertThat(StoredHashIndex.of(0, 1)).isEqualTo(1);
        assertThat(StoredHashIndex.of(1, 0)).isEqualTo(2);
        assertThat(StoredHashIndex.of(0, 2)).isEqualTo(3);
        assertThat(StoredHashIndex.of(0, 3)).isEqualTo(4);
        assertThat(StoredHashIndex.of(1, 1)).isEqualTo(5);
        assertThat(StoredHashIndex.of(2, 0)).isEqualTo(6);
        assertThat(StoredHashIndex.of(0, 4)).isEqualTo(7);
    }

    @Test
    void splitInvertsOfForEveryStoredHashOfALargeTree() {
        long expected = 0;
        for (long leaf = 0; leaf < 100_000; leaf++) {
            for (int level = 0; level <= Long.numberOfTrailingZeros(leaf + 1); level++) {
                long index = StoredHashIndex.of(level, leaf >> level);
                assertThat(index).isEqualTo(expected++);
                assertThat(StoredHashIndex.split(index)).containsExactly(level, leaf >> level);
            }
            assertThat(StoredHashIndex.count(leaf + 1)).isEqualTo(expected);
        }
    }

    @Test
    void countMatchesAStoreThatAppendedOneByOne() {
        MemoryHashStore store = new MemoryHashStore();
        for (int i = 0; i < 1000; i++) {
            store.append(TestLogs.entry(i));
            long count = StoredHashIndex.count(i + 1);
            assertThat(store.readHashes(count - 1)).hasSize(1);
        }
    }
}
