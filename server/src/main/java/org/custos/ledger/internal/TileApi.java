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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * and are cached as immutable. A bundle whose entry rows were deleted is served with the entries that remain (and
 * never cached as immutable), so that a verifier names the missing index instead of the bundle. Stateless: HTTP basic or a bearer token (or anonymous when
 * {@code custos.ledger.public-read=true}).
 */
@RestController
@RequestMapping("/ledger")
class TileApi {

    private static final Logger log = LoggerFactory.getLogger(TileApi.class);
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
        List<byte[]> rows = entries ? rows(first, tile.width()) : null;
        byte[] body = entries ? EntryBundle.encode(rows) : Tiles.read(tile, hashes);
        boolean complete = !entries || rows.size() == tile.width();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(tile.isFull() && complete ? IMMUTABLE : CacheControl.noCache()).body(body);
    }

    private List<byte[]> rows(long first, int width) {
        List<byte[]> entries = new ArrayList<>(width);
        jdbc.sql("select entry from ledger_entry where leaf_index >= ? and leaf_index < ? order by leaf_index")
                .params(first, first + width).query(rs -> {
                    entries.add(rs.getBytes(1));
                });
        if (entries.size() != width) { // served as they are: the verifier names the missing index
            log.error("Ledger: entries {}..{} are incomplete ({} of {} rows)", first, first + width - 1,
                    entries.size(), width);
        }
        return entries;
    }

    private static Tile parse(String path) {
        try {
            return Tile.parsePath(path);
        } catch (TlogFormatException | IllegalArgumentException e) {
            throw ProblemException.notFound("ledger.tile-not-found");
        }
    }
}
