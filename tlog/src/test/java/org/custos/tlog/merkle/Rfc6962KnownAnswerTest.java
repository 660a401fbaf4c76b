package org.custos.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc6962KnownAnswerTest {
    /** The eight leaves of the RFC 6962 test tree used by Certificate Transparency and Go's sumdb/tlog. */
    static final List<byte[]> LEAVES = List.of(
            hex(""), hex("00"), hex("10"), hex("2021"), hex("3031"), hex("40414243"),
            hex("5051525354555657"), hex("606162636465666768696a6b6c6d6e6f"));

    @Test
    void emptyTreeIsSha256OfNothing() {
        // SHA-256("") is the well-known e3b0c442...b855 (FIPS 180-4 example); RFC 6962 §2.1: MTH({}) = SHA-256().
        assertThat(Rfc6962.EMPTY_ROOT.toHex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafHashOfEmptyEntry() {
        // Vector from transparency-log.md (also in golang.org/x/mod/sumdb/tlog tests): SHA-256(0x00).
        assertThat(Rfc6962.leafHash(new byte[0]).toHex())
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    @Test
    void leafHashOfL123456() {
        // Vector from transparency-log.md: SHA-256(0x00 || "L123456").
        assertThat(Rfc6962.leafHash("L123456".getBytes(StandardCharsets.US_ASCII)).toHex())
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
    }

    @Test
    void nodeHashOfN123AndN456() {
        // Vector from transparency-log.md: SHA-256(0x01 || "N123" || "N456"); the inputs are not 32-byte hashes,
        // so this checks the concatenation directly with a raw digest.
        var digest = Rfc6962.newDigest();
        digest.update((byte) 1);
        digest.update("N123".getBytes(StandardCharsets.US_ASCII));
        digest.update("N456".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(digest.digest()))
                .isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
    }

    @Test
    void rootsOfTheReferenceTreeAtEverySize() {
        // Roots of the first 1..8 leaves published with the Certificate Transparency reference implementation's
        // Merkle tree tests (merkle_tree_test.cc, RFC 6962 test vectors). Size 1 equals HashLeaf("") above and
        // size 8 is the value given in transparency-log.md.
        List<String> roots = List.of(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        MemoryHashStore store = new MemoryHashStore();
        for (int size = 1; size <= 8; size++) {
            store.append(LEAVES.get(size - 1));
            assertThat(store.rootHash().toHex()).as("root of size %d", size).isEqualTo(roots.get(size - 1));
            assertThat(NaiveMerkle.mth(LEAVES.subList(0, size)).toHex()).isEqualTo(roots.get(size - 1));
        }
    }

    @Test
    void splitIsLargestPowerOfTwoStrictlyBelow() {
        assertThat(Rfc6962.splitPoint(2)).isEqualTo(1);
        assertThat(Rfc6962.splitPoint(3)).isEqualTo(2);
        assertThat(Rfc6962.splitPoint(4)).isEqualTo(2);
        assertThat(Rfc6962.splitPoint(5)).isEqualTo(4);
        assertThat(Rfc6962.splitPoint(1L << 40)).isEqualTo(1L << 39);
    }

    static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }
}
