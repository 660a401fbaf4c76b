package org.custos.cli.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.custos.cli.verify.Finding.Kind;
import org.custos.cli.verify.HigherTiles.Mismatch;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.tiles.Tile;

/**
 * Turns what streaming saw into findings. Which side is wrong when an entry and its tile disagree is decided by
 * the signed root: if the entries rebuild it, the tile is corrupt; if the served leaf tiles rebuild it, the entry
 * was altered (or removed, when the following entries are shifted down by one).
 */
final class Verdicts {
    private static final int KEEP = 10_000;

    /** A leaf tile disagreeing with its entries; a shift that runs on into later bundles is one mismatch. */
    private record LeafMismatch(long index, String tile, int position, int count, boolean shifted, long lastBundle) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final List<LeafMismatch> leafMismatches = new ArrayList<>();
    private long total;
    private long entries;
    private long leafTiles;
    private long firstEarlierDifference = -1;
    private long openingsFrom = -1;
    private long openingsMatched;

    void collect(BundleResult r) {
        if (r.width() > 0) {
            entries += r.presentEntries();
            leafTiles++;
        }
        total += r.findings().size();
        r.findings().stream().limit(Math.max(0, KEEP - findings.size())).forEach(findings::add);
        if (r.firstMismatch() >= 0 && continuesShift(r)) {
            LeafMismatch last = leafMismatches.removeLast();
            leafMismatches.add(new LeafMismatch(last.index(), last.tile(), last.position(),
                    last.count() + r.mismatches(), true, r.bundle()));
        } else if (r.firstMismatch() >= 0 && r.shifted()) {
            total++;
            if (leafMismatches.size() < KEEP) {
                leafMismatches.add(new LeafMismatch(r.firstIndex() + r.firstMismatch(),
                        new Tile(0, r.bundle(), r.width()).path(), r.firstMismatch(), r.mismatches(), true, r.bundle()));
            }
        } else if (r.firstMismatch() >= 0) { // not a shift: every differing entry is named (a swap names both)
            String tile = new Tile(0, r.bundle(), r.width()).path();
            for (int p = r.firstMismatch(); p < r.width(); p++) {
                if (p == r.firstMismatch() || !Hashing.sameHash(r.leaves(), p, r.served(), p)) {
                    total++;
                    if (leafMismatches.size() < KEEP) {
                        leafMismatches.add(new LeafMismatch(r.firstIndex() + p, tile, p, 1, false, r.bundle()));
                    }
                }
            }
        }
        if (firstEarlierDifference < 0 && r.firstOldDiff() >= 0) {
            firstEarlierDifference = r.firstIndex() + r.firstOldDiff();
        }
    }

    /** A discrepancy between an entry's commitment and its record's opening (--check-openings). */
    synchronized void collectOpening(Finding finding) {
        total++;
        if (findings.size() < KEEP) {
            findings.add(finding);
        }
    }

    void openingsChecked(long from, long matched) {
        openingsFrom = from;
        openingsMatched = matched;
    }

    /** Bundle r starts shifted right where the previous bundle's shift ran off its end. */
    private boolean continuesShift(BundleResult r) {
        if (leafMismatches.isEmpty() || r.firstMismatch() != 0 || !r.shifted()) {
            return false;
        }
        LeafMismatch last = leafMismatches.getLast();
        return last.shifted() && last.lastBundle() == r.bundle() - 1;
    }

    Report report(LogVerifier.Options options, Checkpoint checkpoint, List<String> witnesses, Checkpoint earlier,
            LogVerifier.Folds folds, long millis) {
        List<String> notes = new ArrayList<>();
        Hash entriesRoot = folds.entries().root();
        boolean entriesOk = entriesRoot.equals(checkpoint.root());
        boolean tilesOk = folds.served().root().equals(checkpoint.root());
        for (LeafMismatch m : leafMismatches) {
            findings.add(classify(m, entriesOk, tilesOk));
        }
        for (Mismatch m : folds.higher().mismatches()) {
            total++;
            findings.add(higher(m, entriesOk));
        }
        if (!entriesOk) {
            total++;
            findings.add(Finding.of(Kind.ROOT_MISMATCH, -1, null, "the tree recomputed from the "
                    + checkpoint.size() + " entries has root " + entriesRoot.toBase64() + " but the checkpoint says "
                    + checkpoint.root().toBase64()));
        }
        if (earlier != null) {
            checkEarlier(checkpoint, earlier, folds, notes);
        }
        findings.sort(Comparator.comparing(Finding::kind).thenComparingLong(Finding::index));
        List<Finding> shown = findings.subList(0, Math.min(Report.MAX_FINDINGS, findings.size()));
        Report.Status status = findings.isEmpty() ? Report.Status.VERIFIED : Report.Status.INCONSISTENT;
        String verdict = findings.isEmpty() ? okVerdict(checkpoint, witnesses, earlier) + openingsVerdict()
                : findings.getFirst().message();
        if (openingsFrom >= 0) {
            notes.add(openingsMatched + " openings (entries " + openingsFrom + " onwards) match their commitments");
        }
        long tiles = leafTiles + folds.higher().compared();
        return new Report(status, verdict, options.source().describe(), checkpoint.origin(), checkpoint.size(),
                checkpoint.root().toBase64(), witnesses, options.quorum(), earlier == null ? null : earlier.size(),
                entries, tiles, millis, shown, total, notes);
    }

    private void checkEarlier(Checkpoint now, Checkpoint earlier, LogVerifier.Folds folds, List<String> notes) {
        boolean copyOk = folds.earlier() != null && folds.earlier().root().equals(earlier.root());
        if (folds.earlier() != null && !copyOk) {
            notes.add("the earlier copy's tiles do not rebuild the earlier checkpoint's root; they were not used");
        }
        long rewritten = copyOk ? firstEarlierDifference : -1;
        if (earlier.size() > now.size()) {
            total++;
            findings.add(Finding.of(Kind.LOG_SHORTER_THAN_EARLIER, now.size(), null, "the log is shorter than the"
                    + " earlier checkpoint: it has " + now.size() + " entries, the earlier checkpoint covered "
                    + earlier.size() + "; entries " + now.size() + ".." + (earlier.size() - 1) + " are gone"));
            if (rewritten >= 0 && rewritten < now.size()) {
                total++;
                findings.add(rewrittenAt(rewritten));
            }
            return;
        }
        Hash entriesThen = folds.entries().snapshot();
        if (!entriesThen.equals(earlier.root()) && !folds.served().snapshot().equals(earlier.root())) {
            total++;
            findings.add(rewritten >= 0 ? rewrittenAt(rewritten) : Finding.of(Kind.HISTORY_REWRITTEN, -1, null,
                    "history was rewritten: the first " + earlier.size() + " entries no longer hash to the earlier"
                    + " checkpoint's root; an entry below index " + earlier.size() + " was changed, removed or"
                    + " inserted (give --since an earlier copy of the tiles to name it)"));
        }
    }

    private static Finding rewrittenAt(long index) {
        return Finding.of(Kind.HISTORY_REWRITTEN, index, null, "history was rewritten at entry " + index
                + ": it differs from the entry the earlier log (authenticated by the earlier checkpoint) held there");
    }

    private static Finding classify(LeafMismatch m, boolean entriesOk, boolean tilesOk) {
        String more = m.count() > 1 ? " (" + m.count() + " hashes of this tile differ)" : "";
        if (entriesOk) {
            return Finding.of(Kind.TILE_CORRUPT, m.index(), m.tile(), "tile " + m.tile() + " is corrupt at position "
                    + m.position() + " (entry " + m.index() + "): the entries rebuild the checkpoint root, the tile"
                    + " does not" + more);
        }
        if (tilesOk && m.shifted()) {
            return Finding.of(Kind.ENTRY_MISSING, m.index(), m.tile(), "entry " + m.index() + " is missing: the"
                    + " bundle holds at index " + m.index() + " the entry the log recorded at " + (m.index() + 1)
                    + "; the following entries are shifted down by one" + more);
        }
        if (tilesOk) {
            return Finding.of(Kind.ENTRY_ALTERED, m.index(), m.tile(), "entry " + m.index() + " was altered: its"
                    + " hash differs from the one in " + m.tile() + ", which the checkpoint root authenticates" + more);
        }
        return Finding.of(Kind.LEAF_MISMATCH, m.index(), m.tile(), "entry " + m.index() + " disagrees with tile "
                + m.tile() + " and neither rebuilds the checkpoint root" + more);
    }

    private static Finding higher(Mismatch m, boolean entriesOk) {
        String path = m.tile().path();
        if (m.missing()) {
            return Finding.of(Kind.TILE_MISSING, m.firstEntry(), path, "tile " + path
                    + " is not served (or too short) but the tree size requires it");
        }
        long span = 1L << (Tile.HEIGHT * m.tile().level());
        String covers = "entries " + m.firstEntry() + ".." + (m.firstEntry() + span - 1);
        return entriesOk
                ? Finding.of(Kind.TILE_CORRUPT, m.firstEntry(), path, "tile " + path + " is corrupt at position "
                        + m.position() + " (" + covers + "): the entries rebuild the checkpoint root, the tile does not")
                : Finding.of(Kind.TILE_MISMATCH, m.firstEntry(), path, "tile " + path + " differs at position "
                        + m.position() + " (" + covers + ") from the hash recomputed from the entries");
    }

    private String openingsVerdict() {
        return openingsFrom < 0 ? "" : ", the records of entries " + openingsFrom + " onwards match their commitments";
    }

    private static String okVerdict(Checkpoint checkpoint, List<String> witnesses, Checkpoint earlier) {
        return "log " + checkpoint.origin() + " verified: " + checkpoint.size() + " entries rebuild root "
                + checkpoint.root().toBase64() + ", every tile matches"
                + (witnesses.isEmpty() ? "" : ", cosigned by " + String.join(", ", witnesses))
                + (earlier == null ? "" : ", consistent with the earlier checkpoint of size " + earlier.size());
    }
}
