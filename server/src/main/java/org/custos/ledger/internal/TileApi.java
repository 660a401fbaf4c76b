package org.custos.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.custos.identity.Access;
import org.custos.shared.web.ProblemException;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.tiles.EntryBundle;
import org.custos.tlog.tiles.Tile;
import org.custos.tlog.tiles.Tiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The C2SP tlog-tiles read API: {@code /ledger/checkpoint}, {@code /ledger/tile/<L>/<N>[.p/<W>]} and
 * {@code /ledger/tile/entries/<N>[.p/<W>]}, served up to the latest checkpoint. Full tiles never change
 * and are cached as immutable. Stateless: HTTP basic or a bearer token (or anonymous when
 * {@code custos.ledger.public-read=true}).
 */
@RestController
@RequestMapping("/ledger")
class TileApi {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(365, TimeUnit.DAYS).immutable();
    private final Checkpoints checkpoints;
    private final JdbcClient jdbc;
    private final HashCache hashes;

    TileApi(Checkpoints checkpoints, JdbcClient jdbc, HashCache hashes) {
        this.checkpoints = checkpoints;
        this.jdbc = jdbc;
        this.hashes = hashes;
    }

    @GetMapping("/checkpoint")
    @PreAuthorize(Access.READ_LEDGER_TILES)
    ResponseEntity<String> checkpoint() {
        StoredCheckpoint cp = checkpoints.latest().orElseThrow(() -> ProblemException.notFound("ledger.no-checkpoint"));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(cp.withCosignatures());
    }

    @GetMapping("/tile/{*path}")
    @PreAuthorize(Access.READ_LEDGER_TILES)
    ResponseEntity<byte[]> tile(@PathVariable String path) {
        long size = checkpoints.latest().map(StoredCheckpoint::size).orElse(0L);
        boolean entries = path.startsWith("/entries/");
        Tile tile = parse(entries ? "tile/0/" + path.substring("/entries/".length()) : "tile" + path);
        long first = tile.index() * Tile.FULL_WIDTH;
        long available = entries ? size : size >> (Tile.HEIGHT * tile.level());
        if (first + tile.width() > available) {
            throw ProblemException.notFound("ledger.tile-not-found");
        }
        byte[] body = entries ? bundle(first, tile.width()) : Tiles.read(tile, hashes);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(tile.isFull() ? IMMUTABLE : CacheControl.noCache()).body(body);
    }

    private byte[] bundle(long first, int width) {
        List<byte[]> entries = new ArrayList<>(width);
        jdbc.sql("select entry from ledger_entry where leaf_index >= ? and leaf_index < ? order by leaf_index")
                .params(first, first + width).query(rs -> {
                    entries.add(rs.getBytes(1));
                });
        if (entries.size() != width) {
            throw new LedgerIntegrityException("entries " + first + ".." + (first + width - 1) + " are incomplete");
        }
        return EntryBundle.encode(entries);
    }

    private static Tile parse(String path) {
        try {
            return Tile.parsePath(path);
        } catch (TlogFormatException | IllegalArgumentException e) {
            throw ProblemException.notFound("ledger.tile-not-found");
        }
    }
}
