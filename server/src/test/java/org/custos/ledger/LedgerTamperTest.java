package org.custos.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Role;
import org.custos.ledger.internal.SignerProbe;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.Superuser;
import org.custos.support.TestUsers;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.HashReader;
import org.custos.tlog.merkle.ProofBuilder;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.witness.AddCheckpointRequest;
import org.custos.tlog.witness.WitnessResponse;
import org.junit.jupiter.api.AfterAll;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A witness cosigns; then someone with superuser rights on PostgreSQL (and even the log's key) tampers
 * with the tables, bypassing the application. Each tampering is named by the audit, and the witness refuses
 * the rewritten log. The steps build on each other, in order.
 */
@CustosTest
// Not "database": it breaks the log on purpose, so it needs a database of its own (its dynamic
// properties give it its own context and embedded PostgreSQL), not the external one CI shares.
@Tag("tamper")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerTamperTest {

    static final String ORIGIN = "custos.local/ledger";
    static final NoteKeys.KeyStrings LOG_KEY = NoteKeys.generate(ORIGIN, new SecureRandom());
    static final HttpWitness WITNESS = new HttpWitness("witness.test/w1", ORIGIN, LOG_KEY.verifierKey());
    static List<UUID> events;

    @DynamicPropertySource
    static void ledger(DynamicPropertyRegistry r) {
        r.add("custos.db.url", () -> ""); // its own embedded database, even when CUSTOS_DB_URL names a shared one
        r.add("CUSTOS_LEDGER_KEY", LOG_KEY::privateKey);
        r.add("custos.ledger.witnesses[0].url", WITNESS::url);
        r.add("custos.ledger.witnesses[0].vkey", WITNESS.key::verifierKey);
    }

    @AfterAll
    static void stopWitness() {
        WITNESS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    LedgerFixture fixture;
    Api monitor;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(tx, publisher, ledger);
        monitor = Api.as(port, users.with(Role.MONITOR));
    }

    @Test
    @Order(1)
    void theWitnessCosignsAndALostWitnessStateIsRecoveredFromThe409() throws Exception {
        events = fixture.appendBatch(40);
        long last = fixture.indexOf(events.get(39));
        SignedCheckpoint cosigned = waitForCosigned(last + 1);
        assertThat(cosigned.checkpoint().size()).isGreaterThan(last);

        jdbc.sql("update ledger_witness set tree_size = 0").update(); // the client must learn the size from a 409
        UUID more = fixture.append("After conflict").eventId();
        waitForCosigned(fixture.indexOf(more) + 1);
        assertThat(audit().get("ok").asBoolean()).as(audit().toString()).isTrue();
    }

    @Test
    @Order(2)
    void anEditedRecordIsNamed() {
        UUID event = events.get(3);
        long index = fixture.indexOf(event);
        asSuperuser("update event_outbox set payload = jsonb_set(payload, '{personName}', '\"Someone Else\"')"
                + " where event_id = '" + event + "'");
        assertFinding(audit(), "record-altered", index);
    }

    @Test
    @Order(3)
    void aDeletedRecordIsNamed() {
        UUID event = events.get(5);
        long index = fixture.indexOf(event);
        asSuperuser("delete from event_outbox where event_id = '" + event + "'");
        assertFinding(audit(), "entry-without-record", index);
    }

    @Test
    @Order(4)
    void aDeletedEntryIsNamed() {
        UUID event = events.get(7);
        long index = fixture.indexOf(event);
        asSuperuser("delete from ledger_entry where event_id = '" + event + "'");
        JsonNode report = audit();
        assertFinding(report, "entry-missing", index);
        assertThat(report.get("findings").toString()).contains("record-without-entry").contains(event.toString());
    }

    @Test
    @Order(5)
    void aTruncatedAndRebuiltLogIsCaughtAndTheWitnessRefusesIt() throws Exception {
        long witnessed = jdbc.sql("select tree_size from ledger_witness").query(Long.class).single();
        UUID hidden = events.get(9);
        SignerProbe signer = new SignerProbe(context);
        long roundsBefore = signer.failedRounds();
        asSuperuser("delete from ledger_entry where event_id = '" + hidden + "'");
        asSuperuser("delete from event_outbox where event_id = '" + hidden + "'");
        asSuperuser("truncate ledger_hash, ledger_cosignature, ledger_checkpoint, ledger_witness");
        asSuperuser("update ledger_entry set leaf_index = null");
        asSuperuser("update ledger_tree set size = 0, root = sha256(''::bytea)");
        // the attacker appends until the rebuilt tree is at least as large as the witnessed one (entries the
        // listeners wrote before the cosignature make that size vary between runs)
        List<UUID> later = fixture.appendBatch((int) Math.max(10, witnessed));
        long rebuilt = fixture.indexOf(later.get(later.size() - 1)) + 1;
        assertThat(rebuilt).isGreaterThanOrEqualTo(witnessed);

        signer.awaitRefusalAfter(roundsBefore); // the signer ran on the rewritten tree and refused it
        assertThat(jdbc.sql("select count(*) from ledger_checkpoint").query(Long.class).single())
                .as("the log refuses to sign a tree inconsistent with what it signed before").isZero();
        assertThat(audit().get("findings").toString()).contains("local-witnessed-checkpoint-mismatch")
                .contains("local-signed-checkpoint-mismatch");

        Hash root = Hash.of(jdbc.sql("select root from ledger_tree").query((rs, i) -> rs.getBytes(1)).single());
        long size = jdbc.sql("select size from ledger_tree").query(Long.class).single();
        byte[] forged = new Checkpoint(ORIGIN, size, root).sign(NoteKeys.signer(LOG_KEY.privateKey())).formatBytes();
        var conflict = WITNESS.add(new AddCheckpointRequest(0, List.of(), forged).format());
        assertThat(conflict.status()).isEqualTo(409);
        long witnessSize = Long.parseLong(conflict.body().strip()); // what an attacker learns from the 409
        assertThat(witnessSize).isGreaterThanOrEqualTo(witnessed).isLessThanOrEqualTo(size);
        List<Hash> proof = ProofBuilder.consistencyProof(witnessSize, size, storedHashes());
        var refused = WITNESS.add(new AddCheckpointRequest(witnessSize, proof, forged).format());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    }

    @Test
    @Order(6)
    void withTheLocalCopiesDeletedTheServerSignsTheRewriteButTheAuditAsksTheWitness() throws Exception {
        Path copies = (Path) ReflectionTestUtils.getField(context.getBean("localCheckpoints"), "dir");
        Files.deleteIfExists(copies.resolve("checkpoint"));
        Files.deleteIfExists(copies.resolve("witnessed"));
        Superuser.of(context).inOneTransaction(db -> { // the rewrite again, holding the sequencer's lock, as if the server were down
            db.sql("select pg_advisory_xact_lock(?)").param(0x637573746f73L).query((rs, i) -> 1).list();
            db.sql("truncate ledger_hash, ledger_cosignature, ledger_checkpoint, ledger_witness").update();
            db.sql("update ledger_entry set leaf_index = null").update();
            db.sql("update ledger_tree set size = 0, root = sha256(''::bytea)").update();
            // the server restarted: its in-memory copy of the stored hashes is gone
            ((Map<?, ?>) ReflectionTestUtils.getField(context.getBean("hashCache"), "chunks")).clear();
        });
        fixture.indexOf(fixture.append("After the copies were deleted").eventId());
        LedgerFixture.waitFor(Duration.ofSeconds(10),
                () -> jdbc.sql("select count(*) from ledger_checkpoint").query(Long.class).single() > 0);
        WitnessResponse latest = WITNESS.witness.latestCosigned(ORIGIN);
        assertThat(latest.status()).isEqualTo(200);
        long witnessSize = SignedCheckpoint.open(latest.body().getBytes(StandardCharsets.UTF_8),
                NoteKeys.verifier(LOG_KEY.verifierKey()), List.of(), 0).checkpoint().size();

        JsonNode report = audit(); // before: "ok", with no finding but the records edited and deleted above
        assertThat(report.get("findings").toString()).doesNotContain("local-");
        assertFinding(report, "witness-disagrees", witnessSize - 1);
        assertThat(report.get("findings").toString()).contains("history disagrees with witness witness.test/w1")
                .contains("is not a consistent extension of the checkpoint of size " + witnessSize);
    }

    @Test
    @Order(7)
    void aWitnessThatCannotBeAskedIsAFinding() {
        String url = WITNESS.url();
        WITNESS.close();
        JsonNode report = audit();
        assertThat(report.get("findings").valueStream().filter(f -> f.get("kind").asString()
                .equals("witness-unreachable")).map(f -> f.get("detail").asString()).toList())
                .singleElement().asString().contains("witness.test/w1").contains(url);
    }

    private SignedCheckpoint waitForCosigned(long size) {
        SignedCheckpoint[] found = new SignedCheckpoint[1];
        LedgerFixture.waitFor(Duration.ofSeconds(10), () -> {
            Api.Response r = monitor.get("/ledger/checkpoint");
            try {
                found[0] = SignedCheckpoint.open(r.body().getBytes(StandardCharsets.UTF_8),
                        NoteKeys.verifier(LOG_KEY.verifierKey()),
                        List.of(NoteKeys.verifier(WITNESS.key.verifierKey())), 1);
                return found[0].checkpoint().size() >= size;
            } catch (Exception e) {
                return false;
            }
        });
        return found[0];
    }

    private JsonNode audit() {
        Api.Response r = monitor.post("/api/v1/ledger/audit", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static void assertFinding(JsonNode report, String kind, long index) {
        boolean found = report.get("findings").valueStream()
                .anyMatch(f -> f.get("kind").asString().equals(kind) && f.hasNonNull("entryIndex")
                        && f.get("entryIndex").asLong() == index);
        assertThat(found).as(kind + " at entry " + index + " in " + report).isTrue();
    }

    private void asSuperuser(String sql) {
        Superuser.of(context).execute(sql);
    }

    private HashReader storedHashes() {
        return indexes -> {
            Hash[] out = new Hash[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                out[i] = Hash.of(jdbc.sql("select hash from ledger_hash where storage_index = ?").param(indexes[i])
                        .query((rs, n) -> rs.getBytes(1)).single());
            }
            return out;
        };
    }
}
