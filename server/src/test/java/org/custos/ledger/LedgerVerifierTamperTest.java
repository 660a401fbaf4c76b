package org.custos.ledger;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.cli.CustosCli;
import org.custos.identity.Role;
import org.custos.ledger.internal.SignerProbe;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.Superuser;
import org.custos.support.TestUsers;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.merkle.StoredHashIndex;
import org.custos.tlog.note.NoteKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier ({@code custos verify}, run in-process) against the running server's tile API over HTTP,
 * while a PostgreSQL superuser (and, at the end, an operator holding the log key) tampers with the tables. The
 * steps build on each other, in order; each undoes its tampering except the last.
 */
@CustosTest
// Not "database": it breaks the log on purpose, so it needs a database of its own (its dynamic
// properties give it its own context and embedded PostgreSQL), not the external one CI shares.
@Tag("tamper")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerVerifierTamperTest {

    static final String ORIGIN = "custos.local/ledger";
    static final NoteKeys.KeyStrings LOG_KEY = NoteKeys.generate(ORIGIN, new SecureRandom());
    static final JsonMapper JSON = JsonMapper.builder().build();
    static List<UUID> events;
    static Path earlier; // the monitor's copy of checkpoint and tiles, taken before any tampering
    static String monitorName;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry r) {
        r.add("custos.db.url", () -> ""); // its own embedded database, even when CUSTOS_DB_URL names a shared one
        r.add("CUSTOS_LEDGER_KEY", LOG_KEY::privateKey);
    }

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    LedgerFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(tx, publisher, ledger);
        monitorName = monitorName != null ? monitorName : users.with(Role.MONITOR);
    }

    @Test
    @Order(1)
    void anUntouchedLogVerifiesAndTheMonitorKeepsACopy() throws Exception {
        events = fixture.appendBatch(40);
        waitForCheckpoint(fixture.indexOf(events.get(39)) + 1);
        assertThat(verify().exit()).isZero();
        Run opened = verify("--check-openings");
        assertThat(opened.exit()).as(opened.out()).isZero();
        assertThat(opened.json().get("verdict").asString()).contains("records of entries 0 onwards match");
        earlier = Files.createTempDirectory("custos-ledger-earlier");
        byte[] note = new TileFetch(port, monitorName).get("/ledger/checkpoint").body();
        new TileFetch(port, monitorName).mirror(earlier, note, open(note).size());
        assertThat(verify("--since", earlier.toString()).exit()).isZero();
    }

    @Test
    @Order(2)
    void anEditedRecordIsInvisibleToTheTileVerifierButNotToTheAuditNorToOpenings() {
        UUID event = events.get(3);
        long index = fixture.indexOf(event);
        asSuperuser("update event_outbox set payload = jsonb_set(payload, '{personName}', '\"Someone Else\"')"
                + " where event_id = '" + event + "'");
        assertThat(verify("--since", earlier.toString()).exit()).as("the entry holds only a salted hash").isZero();
        JsonNode audit = Api.as(port, monitorName).post("/api/v1/ledger/audit", "{}").json();
        assertThat(audit.get("findings").toString()).contains("record-altered");
        assertFirst(verify("--check-openings"), "RECORD_ALTERED", index);
        assertThat(verify("--check-openings", "--openings-from", String.valueOf(index + 1)).exit()).isZero();
    }

    @Test
    @Order(3)
    void anAlteredEntryIsNamedAndSoIsOneWhoseStoredHashWasAlteredToo() {
        long index = fixture.indexOf(events.get(5));
        String flip = "update ledger_entry set entry = set_byte(entry, length(entry) / 2,"
                + " get_byte(entry, length(entry) / 2) # 1) where leaf_index = " + index;
        asSuperuser(flip);
        assertFirst(verify(), "ENTRY_ALTERED", index);

        // now the served leaf tile agrees with the entry: only the signed root (and the earlier copy) disagree
        long storage = StoredHashIndex.of(0, index);
        byte[] original = bytes("select hash from ledger_hash where storage_index = ?", storage);
        byte[] entry = bytes("select entry from ledger_entry where leaf_index = ?", index);
        asSuperuser("update ledger_hash set hash = ? where storage_index = ?", Rfc6962.leafHash(entry).bytes(),
                storage);
        restartHashCache();
        Run rehashed = verify();
        assertThat(rehashed.exit()).as(rehashed.out()).isEqualTo(1);
        assertThat(rehashed.out()).contains("ROOT_MISMATCH");
        assertFirst(verify("--since", earlier.toString()), "HISTORY_REWRITTEN", index);

        asSuperuser(flip);
        asSuperuser("update ledger_hash set hash = ? where storage_index = ?", original, storage);
        restartHashCache();
        assertThat(verify().exit()).isZero();
    }

    @Test
    @Order(4)
    void aDeletedEntryIsCaughtAndNamedOnceTheGapIsHidden() throws Exception {
        UUID event = events.get(7);
        long index = fixture.indexOf(event);
        long last = jdbc.sql("select max(tree_size) from ledger_checkpoint").query(Long.class).single() - 1;
        asSuperuser("create table tamper_backup as select * from ledger_entry where event_id = ?", event);
        asSuperuser("delete from ledger_entry where event_id = ?", event);
        assertThat(new TileFetch(port, monitorName).get("/ledger/tile/entries/000.p/" + (last + 1)).statusCode())
                .as("the bundle is served with the entries that remain").isEqualTo(200);
        assertFirst(verify(), "ENTRY_MISSING", index); // the missing index is named, not only the bundle

        shiftEntries(index + 1, -1); // the gap hidden: later entries shifted down, a fabricated one at the end
        UUID fake = UUID.randomUUID();
        asSuperuser("insert into ledger_entry (event_id, salt, entry, leaf_index) values (?, ?, ?, ?)", fake,
                new byte[32], "fabricated".getBytes(StandardCharsets.UTF_8), last);
        assertFirst(verify(), "ENTRY_MISSING", index);

        asSuperuser("delete from ledger_entry where event_id = ?", fake);
        shiftEntries(index, 1);
        asSuperuser("insert into ledger_entry overriding system value select * from tamper_backup");
        asSuperuser("drop table tamper_backup");
        assertThat(verify().exit()).isZero();
    }

    @Test
    @Order(5)
    void aTruncatedAndRebuiltLogResignedWithTheKeyIsPinnedToItsFirstRewrittenEntry() throws Exception {
        UUID hidden = events.get(9);
        long rewrittenAt = fixture.indexOf(hidden);
        SignerProbe signer = new SignerProbe(context);
        long roundsBefore = signer.failedRounds();
        asSuperuser("delete from ledger_entry where event_id = '" + hidden + "'");
        asSuperuser("delete from event_outbox where event_id = '" + hidden + "'");
        asSuperuser("truncate ledger_hash, ledger_cosignature, ledger_checkpoint, ledger_witness");
        asSuperuser("update ledger_entry set leaf_index = null");
        asSuperuser("update ledger_tree set size = 0, root = sha256(''::bytea)");
        List<UUID> later = fixture.appendBatch(10);
        fixture.indexOf(later.get(9));
        LedgerFixture.waitFor(Duration.ofSeconds(30), () -> jdbc.sql("select size from ledger_tree").query(Long.class)
                .single().equals(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()));
        signer.awaitRefusalAfter(roundsBefore); // the whole log re-sequenced; the signer ran on it and refused it
        // an operator with the log key signs the rewritten tree and the server (restarted) serves it
        Hash root = Hash.of(bytes("select root from ledger_tree"));
        long size = jdbc.sql("select size from ledger_tree").query(Long.class).single();
        String forged = new String(new Checkpoint(ORIGIN, size, root).sign(NoteKeys.signer(LOG_KEY.privateKey()))
                .formatBytes(), StandardCharsets.UTF_8);
        asSuperuser("insert into ledger_checkpoint (tree_size, root, note, signed_at) values (?, ?, ?, now())"
                + " on conflict (tree_size) do update set root = excluded.root, note = excluded.note",
                size, root.bytes(), forged);
        restartHashCache();

        assertThat(verify().exit()).as("re-signed, the rewritten log is self-consistent").isZero();
        assertFirst(verify("--since", earlier.resolve("checkpoint").toString()), "HISTORY_REWRITTEN", -1);
        assertFirst(verify("--since", earlier.toString()), "HISTORY_REWRITTEN", rewrittenAt);
    }

    private record Run(int exit, String out, JsonNode json) { }

    private Run verify(String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", "--url", "http://localhost:" + port + "/ledger",
                "--user", monitorName + ":" + TestUsers.PASSWORD, "--log-key", LOG_KEY.verifierKey(), "--json"));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = CustosCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = cli.execute(args.toArray(String[]::new));
        assertThat(err.toString()).isEmpty();
        return new Run(exit, out.toString(), JSON.readTree(out.toString()));
    }

    private static void assertFirst(Run run, String kind, long index) {
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        JsonNode first = run.json().get("discrepancies").get(0);
        assertThat(first.get("kind").asString()).as(run.out()).isEqualTo(kind);
        if (index >= 0) {
            assertThat(first.get("index").asLong()).as(run.out()).isEqualTo(index);
            assertThat(run.json().get("verdict").asString()).contains("entry " + index);
        }
    }

    private void waitForCheckpoint(long size) {
        Api monitor = Api.as(port, monitorName);
        LedgerFixture.waitFor(Duration.ofSeconds(10), () -> {
            Api.Response r = monitor.get("/ledger/checkpoint");
            return r.status() == 200 && open(r.body().getBytes(StandardCharsets.UTF_8)).size() >= size;
        });
    }

    private static Checkpoint open(byte[] note) {
        try {
            return SignedCheckpoint.open(note, NoteKeys.verifier(LOG_KEY.verifierKey()), List.of(), 0).checkpoint();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The server keeps stored hashes in memory; a restart (here: emptying that cache) serves the table as is. */
    private void restartHashCache() {
        ((Map<?, ?>) ReflectionTestUtils.getField(context.getBean("hashCache"), "chunks")).clear();
    }

    private byte[] bytes(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(byte[].class).single();
    }

    private void shiftEntries(long from, int by) { // through a disjoint range: leaf_index is unique
        asSuperuser("update ledger_entry set leaf_index = leaf_index + 1000000 where leaf_index >= ?", from);
        asSuperuser("update ledger_entry set leaf_index = leaf_index - 1000000 + ? where leaf_index >= 1000000", by);
    }

    private void asSuperuser(String sql, Object... params) {
        Superuser.of(context).execute(sql, params);
    }
}
