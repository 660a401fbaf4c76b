package org.custos.cli.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.tiles.Tile;

/**
 * Verifies a whole log offline: the checkpoint's signature and witness quorum, every entry bundle re-hashed,
 * the whole tree recomputed and compared with every served tile and with the checkpoint root, and consistency
 * with an earlier checkpoint (its root recomputed from the same entries). Bundles are read and hashed on
 * {@code threads} workers, in order, with a bounded window; the tree is folded on the calling thread.
 */
public final class LogVerifier {
    /**
     * @param earlierCheckpoint a saved earlier signed checkpoint, or {@code null}
     * @param earlierTiles      an earlier copy of the log's tiles matching it (names a rewritten entry), or {@code null}
     * @param openings          with --check-openings: fetches and checks every entry's opening, else {@code null}
     */
    public record Options(LogSource source, List<NoteVerifier> logKeys, List<NoteVerifier> witnesses, int quorum,
            byte[] earlierCheckpoint, LogSource earlierTiles, int threads, OpeningChecker openings) {
        public Options(LogSource source, List<NoteVerifier> logKeys, List<NoteVerifier> witnesses, int quorum,
                byte[] earlierCheckpoint, LogSource earlierTiles, int threads) {
            this(source, logKeys, witnesses, quorum, earlierCheckpoint, earlierTiles, threads, null);
        }
    }

    private final Options options;
    private final Verdicts verdicts = new Verdicts();
    /** With --check-openings: the commitment lines read from each bundle, by bundle index. */
    private byte[][][] commitments;

    private LogVerifier(Options options) {
        this.options = options;
    }

    public static Report verify(Options options) {
        long start = System.nanoTime();
        LogVerifier verifier = new LogVerifier(options);
        try {
            return verifier.run(start);
        } catch (VerifyFailure e) {
            return Report.early(e.status(), e.getMessage(), options.source().describe(), millisSince(start));
        } catch (IOException | UncheckedIOException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            return Report.early(Report.Status.ERROR, "cannot read the log: " + message, options.source().describe(),
                    millisSince(start));
        }
    }

    private Report run(long start) throws VerifyFailure, IOException {
        byte[] note = options.source().checkpoint();
        if (note == null) {
            throw new VerifyFailure(Report.Status.ERROR, "the log serves no checkpoint at "
                    + options.source().describe());
        }
        SignedCheckpoint signed = CheckpointOpener.open(note, options.logKeys(), options.witnesses(),
                options.quorum(), "checkpoint");
        Checkpoint checkpoint = signed.checkpoint();
        Checkpoint earlier = null;
        if (options.earlierCheckpoint() != null) {
            earlier = CheckpointOpener.open(options.earlierCheckpoint(), options.logKeys(), List.of(), 0,
                    "earlier checkpoint").checkpoint();
            if (!earlier.origin().equals(checkpoint.origin())) {
                throw new VerifyFailure(Report.Status.UNTRUSTED, "the earlier checkpoint is for log '"
                        + earlier.origin() + "', not '" + checkpoint.origin() + "'");
            }
        }
        Folds folds = stream(checkpoint.size(), earlier == null ? -1 : earlier.size());
        if (options.openings() != null) {
            checkOpenings(checkpoint.size());
        }
        return verdicts.report(options, checkpoint, CheckpointOpener.witnessNames(signed, options.witnesses()),
                earlier, folds, millisSince(start));
    }

    /** After the tree checks: every opening from {@code --openings-from} against its entry's commitment line. */
    private void checkOpenings(long size) throws IOException {
        OpeningChecker.Commitments read = new OpeningChecker.Commitments() {
            @Override
            public byte[] at(long index) {
                return commitments[(int) (index / Tile.FULL_WIDTH)][(int) (index % Tile.FULL_WIDTH)];
            }

            @Override
            public boolean present(long index) {
                byte[][] bundle = commitments[(int) (index / Tile.FULL_WIDTH)];
                return bundle != null && index % Tile.FULL_WIDTH < bundle.length;
            }
        };
        long matched = options.openings().check(size, read, verdicts::collectOpening);
        verdicts.openingsChecked(options.openings().from(), matched);
    }

    /** The three trees recomputed while streaming: from entries, from served leaf tiles, from the earlier copy. */
    record Folds(TreeFold entries, TreeFold served, TreeFold earlier, HigherTiles higher, long bundles) {
    }

    private Folds stream(long size, long earlierSize) throws IOException {
        long snapshot = earlierSize >= 0 && earlierSize <= size ? earlierSize : -1;
        HigherTiles higher = new HigherTiles(options.source());
        Folds folds = new Folds(new TreeFold(higher, snapshot), new TreeFold(null, snapshot),
                options.earlierTiles() != null && earlierSize >= 0 ? new TreeFold(null, -1) : null, higher,
                (size + Tile.FULL_WIDTH - 1) / Tile.FULL_WIDTH);
        long bundles = Math.max(folds.bundles(), folds.earlier() == null ? 0
                : (earlierSize + Tile.FULL_WIDTH - 1) / Tile.FULL_WIDTH);
        int threads = Math.max(1, options.threads());
        long firstOpened = options.openings() == null ? Long.MAX_VALUE : options.openings().from() / Tile.FULL_WIDTH;
        commitments = options.openings() == null ? null : new byte[Math.toIntExact(folds.bundles())][][];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "custos-verify");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<BundleResult>> window = new ArrayDeque<>();
        try {
            for (long k = 0; k < bundles; k++) {
                long bundle = k;
                int width = widthAt(size, k);
                int oldWidth = folds.earlier() == null ? 0 : widthAt(earlierSize, k);
                boolean keep = k >= firstOpened;
                window.add(pool.submit(() -> width > 0
                        ? BundleChecker.check(options.source(), options.earlierTiles(), bundle, width, oldWidth, keep)
                        : BundleChecker.earlierOnly(options.earlierTiles(), bundle, oldWidth)));
                if (window.size() >= 4 * threads) {
                    consume(window.poll(), folds);
                }
            }
            while (!window.isEmpty()) {
                consume(window.poll(), folds);
            }
        } finally {
            pool.shutdownNow();
        }
        higher.finish();
        return folds;
    }

    private void consume(Future<BundleResult> future, Folds folds) throws IOException {
        BundleResult r;
        try {
            r = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
        if (r.width() > 0) {
            folds.entries().pushBundle(r.leaves(), r.width(), r.root8());
            boolean own = r.served() != null;
            folds.served().pushBundle(own ? r.served() : r.leaves(), r.width(), own ? r.servedRoot8() : r.root8());
        }
        if (r.commitments() != null) {
            commitments[Math.toIntExact(r.bundle())] = r.commitments();
        }
        if (folds.earlier() != null && r.old() != null) {
            folds.earlier().pushBundle(r.old(), r.oldWidth(), r.oldRoot8());
        }
        verdicts.collect(r);
    }

    private static int widthAt(long size, long bundle) {
        return (int) Math.max(0, Math.min(Tile.FULL_WIDTH, size - bundle * Tile.FULL_WIDTH));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
