package org.custos.ledger.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.custos.identity.Access;
import org.custos.ledger.internal.LedgerReads;
import org.custos.shared.web.ProblemException;
import org.custos.tlog.TlogFormatException;
import org.custos.tlog.tiles.EntryBundle;
import org.custos.tlog.tiles.Tile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(365, TimeUnit.DAYS).immutable();
    private final LedgerReads ledger;

    TileApi(LedgerReads ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/checkpoint")
    @PreAuthorize(Access.READ_LEDGER_TILES)
    ResponseEntity<String> checkpoint() {
        String note = ledger.checkpointNote().orElseThrow(() -> ProblemException.notFound("ledger.no-checkpoint"));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(note);
    }

    @GetMapping("/tile/{*path}")
    @PreAuthorize(Access.READ_LEDGER_TILES)
    ResponseEntity<byte[]> tile(@PathVariable String path) {
        long size = ledger.checkpointSize();
        boolean entries = path.startsWith("/entries/");
        Tile tile = parse(entries ? "tile/0/" + path.substring("/entries/".length()) : "tile" + path);
        long first = tile.index() * Tile.FULL_WIDTH;
        long available = entries ? size : size >> (Tile.HEIGHT * tile.level());
        if (first + tile.width() > available) {
            throw ProblemException.notFound("ledger.tile-not-found");
        }
        List<byte[]> rows = entries ? ledger.entries(first, tile.width()) : null;
        byte[] body = entries ? EntryBundle.encode(rows) : ledger.hashTile(tile);
        boolean complete = !entries || rows.size() == tile.width();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .cacheControl(tile.isFull() && complete ? IMMUTABLE : CacheControl.noCache()).body(body);
    }

    private static Tile parse(String path) {
        try {
            return Tile.parsePath(path);
        } catch (TlogFormatException | IllegalArgumentException e) {
            throw ProblemException.notFound("ledger.tile-not-found");
        }
    }
}
