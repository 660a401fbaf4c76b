package org.custos.ledger.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.custos.tlog.note.NoteVerifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's self-check, on demand and on {@code custos.ledger.audit-cron}: rebuilds the tree from the
 * entries and compares it with the stored hashes, the tree head, the latest checkpoint and the last
 * witnessed one (in the database and the local copies outside it) and the latest checkpoint each witness says it
 * cosigned ({@link WitnessCheck}); checks every record against its entry ({@link RecordCheck}) and every row of
 * every covered table against its latest commitment ({@link RowAudit}).
 * Every discrepancy is named with its entry index; results are stored in {@code ledger_audit}.
 */
@Component
class LedgerAudit {

    private static final Logger log = LoggerFactory.getLogger(LedgerAudit.class);
    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate tx;
    private final Checkpoints checkpoints;
    private final LocalCheckpoints local;
    private final Ed25519NoteSigner signer;
    private final Clock clock;
    private final JsonMapper json;
    private final Witnesses witnesses;
    private final Coverage coverage;
    private final ExecutorService rowAuditor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-audit-rows");
        t.setDaemon(true);
        return t;
    });

    LedgerAudit(JdbcTemplate template, JdbcClient client, TransactionTemplate tx, Checkpoints checkpoints,
                LocalCheckpoints local, Ed25519NoteSigner ledgerSigner, Clock clock, JsonMapper json,
                Witnesses witnesses, Coverage coverage) {
        this.coverage = coverage;
        this.jdbc = new JdbcTemplate(template.getDataSource());
        this.jdbc.setFetchSize(2000);
        this.client = client;
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
        this.tx.setReadOnly(true);
        this.checkpoints = checkpoints;
        this.local = local;
        this.signer = ledgerSigner;
        this.clock = clock;
        this.json = json;
        this.witnesses = witnesses;
    }

    @Scheduled(cron = "${custos.ledger.audit-cron:0 30 3 * * *}")
    void scheduled() {
        AuditReport r = run();
        log.info("Ledger audit {}: {} entries, {} findings", r.id(), r.entries(), r.findingCount());
    }

    AuditReport run() {
        OffsetDateTime started = OffsetDateTime.now(clock);
        Findings findings = new Findings();
        Optional<Checkpoint> localSigned = local.signed();
        Optional<Checkpoint> localWitnessed = local.witnessed();
        List<WitnessCheck.Answer> asked = witnesses.askLatest(signer.name());
        long[] counts = tx.execute(status -> {
            long t0 = System.nanoTime();
            Sequencer.TreeHead head = Sequencer.head(client, false);
            TreeCheck tree = new TreeCheck(jdbc, findings);
            tree.rebuild(head.size());
            tree.compareStored();
            compare(tree, "tree-head", head.size(), head.root());
            checkpoints.latest().ifPresent(cp -> {
                try {
                    NoteVerifiers.of(signer.verifier()).open(cp.note().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (Exception e) {
                    findings.add("checkpoint-signature", cp.size(), null, "the latest checkpoint's signature fails");
                }
                compare(tree, "checkpoint", cp.size(), cp.root());
            });
            checkpoints.latestWitnessed().ifPresent(cp -> compare(tree, "witnessed-checkpoint", cp.size(), cp.root()));
            localSigned.ifPresent(c -> compare(tree, "local-signed-checkpoint", c.size(), c.root()));
            localWitnessed.ifPresent(c -> compare(tree, "local-witnessed-checkpoint", c.size(), c.root()));
            WitnessCheck.compare(asked, tree, head, checkpoints, new DbHashReader(client), findings);
            long t1 = System.nanoTime();
            // the rows are audited at the same time on a second connection that reads this transaction's snapshot
            String snapshot = jdbc.queryForObject("select pg_export_snapshot()", String.class);
            Findings rowFindings = new Findings();
            long[] rowTime = new long[1];
            CompletableFuture<Long> rowsAudited = CompletableFuture.supplyAsync(() -> SnapshotConnection.run(
                    jdbc.getDataSource(), snapshot, template -> {
                        long begun = System.nanoTime();
                        long n = new RowAudit(template, rowFindings).run(coverage.tables());
                        rowTime[0] = System.nanoTime() - begun;
                        return n;
                    }), rowAuditor);
            long entries;
            try {
                entries = new RecordCheck(jdbc, findings).run();
            } catch (RuntimeException e) {
                rowsAudited.cancel(true);
                throw e;
            }
            long t2 = System.nanoTime();
            long rows = rowsAudited.join();
            findings.addAll(rowFindings);
            log.info("Ledger audit: tree and checkpoints {} ms, {} records {} ms, {} rows of {} covered tables {} ms"
                            + " (at the same time), {} ms in all",
                    (t1 - t0) / 1_000_000, entries, (t2 - t1) / 1_000_000, rows, coverage.tables().size(),
                    rowTime[0] / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
            return new long[] {head.size(), entries};
        });
        OffsetDateTime finished = OffsetDateTime.now(clock);
        boolean ok = findings.count() == 0;
        long id = client.sql("""
                insert into ledger_audit (started_at, finished_at, tree_size, entries, ok, findings)
                values (?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(started, finished, counts[0], counts[1], ok, json.writeValueAsString(findings.kept()))
                .query(Long.class).single();
        if (!ok) {
            log.error("Ledger audit {} found {} discrepancies, first: {}", id, findings.count(), findings.kept().get(0));
        }
        return new AuditReport(id, started, finished, counts[0], counts[1], ok, findings.count(), findings.kept());
    }

    private static void compare(TreeCheck tree, String what, long size, Hash root) {
        Hash recomputed = tree.root(size);
        if (recomputed == null) {
            findingOf(tree).add(what + "-beyond-entries", size, null, "the " + what + " of size " + size
                    + " covers entries that are gone (the entries rebuild a tree of " + tree.size() + ")");
        } else if (!recomputed.equals(root)) {
            findingOf(tree).add(what + "-mismatch", size - 1, null, "the " + what + " of size " + size
                    + " does not match the tree rebuilt from the entries: the log was rewritten at or before entry "
                    + (size - 1));
        }
    }

    private static Findings findingOf(TreeCheck tree) {
        return tree.findings();
    }
}
