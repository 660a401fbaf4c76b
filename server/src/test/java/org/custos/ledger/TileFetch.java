package org.custos.ledger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.custos.support.TestUsers;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.tiles.EntryBundle;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.TilePaths;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw byte fetches of tiles as a given user (the test {@code Api} reads text). */
record TileFetch(int port, String username) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** What a monitor mirrors: the checkpoint {@code note} and every (partial) tile and bundle its size needs. */
    void mirror(Path dir, byte[] note, long size) throws Exception {
        Files.write(dir.resolve("checkpoint"), note);
        for (int level = 0; (size >> (Tile.HEIGHT * level)) > 0; level++) {
            long n = size >> (Tile.HEIGHT * level);
            for (long k = 0; k * Tile.FULL_WIDTH < n; k++) {
                int width = (int) Math.min(Tile.FULL_WIDTH, n - k * Tile.FULL_WIDTH);
                for (String path : level > 0 ? List.of(new Tile(level, k, width).path())
                        : List.of(new Tile(0, k, width).path(), TilePaths.entryBundlePath(k, width))) {
                    HttpResponse<byte[]> response = get("/ledger/" + path);
                    assertThat(response.statusCode()).as(path).isEqualTo(200);
                    Files.createDirectories(dir.resolve(path).getParent());
                    Files.write(dir.resolve(path), response.body());
                }
            }
        }
    }

    /** Every leaf hash in tile 0/000 is the RFC 6962 hash of the matching entry in bundle 000. */
    void verifyFirstTile() throws Exception {
        byte[] tile = get("/ledger/tile/0/000").body();
        List<byte[]> entries = EntryBundle.decode(get("/ledger/tile/entries/000").body());
        assertThat(tile).hasSize(256 * 32);
        assertThat(entries).hasSize(256);
        for (int i = 0; i < 256; i++) {
            assertThat(Rfc6962.leafHash(entries.get(i))).isEqualTo(Hash.of(tile, i * 32));
        }
    }
}
