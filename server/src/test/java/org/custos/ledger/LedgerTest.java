package org.custos.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.tlog.checkpoint.Checkpoint;
import org.custos.tlog.checkpoint.SignedCheckpoint;
import org.custos.tlog.merkle.Hash;
import org.custos.tlog.merkle.ProofVerifier;
import org.custos.tlog.merkle.Rfc6962;
import org.custos.tlog.note.NoteKeys;
import org.custos.tlog.note.NoteVerifier;
import org.custos.tlog.proof.Receipt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appending, sequencing, checkpoints, proofs, receipts and openings, over real HTTP and PostgreSQL. */
@CustosTest
@Tag("database")
class LedgerTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    LedgerFixture fixture;
    Api monitor;
    String monitorName;

    @BeforeEach
    void setUp() {
        fixture = new LedgerFixture(tx, events, ledger);
        monitorName = users.with(Role.MONITOR);
        monitor = Api.as(port, monitorName);
    }

    @Test
    void anEntryIsWrittenWithItsRecordAndRolledBackWithIt() {
        LedgerTestEvent e = LedgerTestEvent.of("Rolled Back");
        tx.executeWithoutResult(s -> {
            ledger.append(e);
            assertThat(count("ledger_entry", e.eventId())).isZero(); // written just before commit
            s.setRollbackOnly();
        });
        assertThat(count("event_outbox", e.eventId())).isZero();
        assertThat(count("ledger_entry", e.eventId())).isZero();

        LedgerTestEvent kept = fixture.append("Kept");
        assertThat(count("event_outbox", kept.eventId())).isOne();
        assertThat(count("ledger_entry", kept.eventId())).isOne();
    }

    @Test
    void aRecordWrittenBehindTheLedgersBackCannotCommit() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("""
                insert into event_outbox (event_id, event_type, actor, occurred_at, payload)
                values (?, 'Forged', 'nobody', now(), '{}')""").param(UUID.randomUUID()).update()))
                .hasMessageContaining("has no ledger entry");
    }

    @Test
    void aSignedCheckpointComesToCoverEveryAppend() {
        // how soon is measured in bench (docs/performance.md), not asserted here
        LedgerTestEvent e = fixture.append("Covered");
        long index = fixture.indexOf(e.eventId());
        LedgerFixture.waitFor(Duration.ofSeconds(30), () -> ledger.latestCheckpoint()
                .map(c -> parse(c).size() > index).orElse(false));
        assertThat(parse(ledger.latestCheckpoint().orElseThrow()).size()).isGreaterThan(index);
    }

    @Test
    void inclusionProofAndReceiptVerifyAgainstTheServedCheckpoint() throws Exception {
        LedgerTestEvent e = fixture.append("María José Receipt");
        String receiptText = fixture.receipt(e.eventId());
        NoteVerifier key = NoteKeys.verifier(monitor.get("/api/v1/ledger/key").body().strip());
        long index = fixture.indexOf(e.eventId());

        Api.Response served = monitor.get("/ledger/checkpoint");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("text/plain");
        Checkpoint cp = SignedCheckpoint.open(served.body().getBytes(StandardCharsets.UTF_8), key).checkpoint();
        JsonNode proof = monitor.get("/api/v1/ledger/proofs/inclusion?index=" + index + "&size=" + cp.size()).json();
        List<Hash> hashes = proof.get("hashes").valueStream().map(h -> hashOf(h.asString())).toList();

        Api.Response entry = monitor.get("/api/v1/ledger/entries/" + index);
        assertThat(entry.contentType()).startsWith("text/plain");
        Receipt receipt = Receipt.parse(entry.body());
        byte[] entryBytes = receipt.extra().orElseThrow();
        ProofVerifier.verifyInclusion(index, cp.size(), Rfc6962.leafHash(entryBytes), hashes, cp.root());
        Receipt.parse(receiptText).verify(entryBytes, key, List.of(), 0);
        receipt.verify(entryBytes, key, List.of(), 0);

        String text = new String(entryBytes, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("custos-ledger-entry/v1\n").contains("event " + e.eventId())
                .doesNotContain(e.subjectId().toString()).doesNotContain("Mar");
    }

    @Test
    void anAuthorizedReaderOpensTheCommitmentOthersCannot() throws Exception {
        LedgerTestEvent e = fixture.append("Opened Person");
        long index = fixture.indexOf(e.eventId());
        Api warden = Api.as(port, users.with(Role.WARDEN));
        JsonNode opening = warden.get("/api/v1/ledger/entries/" + index + "/opening?purpose=Prueba").json();
        byte[] salt = Base64.getDecoder().decode(opening.get("salt").asString());
        String content = opening.get("content").asString();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(salt);
        String commitment = Base64.getEncoder().encodeToString(sha.digest(content.getBytes(StandardCharsets.US_ASCII)));
        assertThat(opening.get("entry").asString()).contains("commitment " + commitment + "\n");
        assertThat(content).contains("payload /personName s:Opened%20Person\n").contains("payload /amount n:12.5\n")
                .contains("payload /tags/1 s:%C3%B1%2F%7E%25\n");

        Api liaison = Api.as(port, users.with(Role.LIAISON, java.util.Set.of(), "US"));
        assertThat(liaison.get("/api/v1/ledger/entries/" + index + "/opening?purpose=Prueba").status()).isEqualTo(403);
        assertThat(liaison.get("/api/v1/ledger/key").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/ledger/checkpoint").status()).isEqualTo(401);
        assertThat(Api.as(port, users.with(Role.CUSTODY_OFFICER)).post("/api/v1/ledger/audit", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void tilesAndBundlesAreServedWithTheirTypesAndCaching() throws Exception {
        fixture.appendBatch(300);
        LedgerFixture.waitFor(Duration.ofSeconds(10), () -> ledger.latestCheckpoint()
                .map(c -> parse(c).size() >= 256).orElse(false));
        Api.Response tile = monitor.get("/ledger/tile/0/000");
        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.contentType()).isEqualTo("application/octet-stream");
        Api.Response bundle = monitor.get("/ledger/tile/entries/000");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(monitor.get("/ledger/tile/0/x999/999").status()).isEqualTo(404);
        assertThat(monitor.get("/ledger/tile/0/0000").status()).isEqualTo(404);
        TileFetch raw = new TileFetch(port, monitorName);
        assertThat(raw.get("/ledger/tile/0/000").headers().firstValue("Cache-Control").orElse("")).contains("immutable");
        raw.verifyFirstTile();
    }

    @Test
    void consistencyProofsLinkCheckpoints() throws Exception {
        fixture.append("First");
        LedgerFixture.waitFor(Duration.ofSeconds(5), () -> ledger.latestCheckpoint().isPresent());
        Checkpoint first = parse(ledger.latestCheckpoint().orElseThrow());
        LedgerTestEvent later = fixture.append("Later");
        long index = fixture.indexOf(later.eventId());
        LedgerFixture.waitFor(Duration.ofSeconds(5), () -> parse(ledger.latestCheckpoint().orElseThrow()).size() > index);
        Checkpoint second = parse(ledger.latestCheckpoint().orElseThrow());
        JsonNode proof = monitor.get("/api/v1/ledger/proofs/consistency?old=" + first.size() + "&new=" + second.size()).json();
        ProofVerifier.verifyConsistency(first.size(), second.size(), first.root(), second.root(),
                proof.get("hashes").valueStream().map(h -> hashOf(h.asString())).toList());
        assertThat(monitor.get("/api/v1/ledger/proofs/consistency?old=5&new=" + Long.MAX_VALUE).status()).isEqualTo(400);
    }

    @Test
    void theAuditOfAnUntouchedLogFindsNothing() {
        fixture.appendBatch(20);
        JsonNode report = monitor.post("/api/v1/ledger/audit", "{}").json();
        assertThat(report.get("findings").toString()).isEqualTo("[]");
        assertThat(report.get("ok").asBoolean()).isTrue();
    }

    private long count(String table, UUID eventId) {
        return jdbc.sql("select count(*) from " + table + " where event_id = ?").param(eventId).query(Long.class).single();
    }

    static Checkpoint parse(String signedNote) {
        try {
            return Checkpoint.parse(org.custos.tlog.note.Note.parse(signedNote).text());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Hash hashOf(String base64) {
        try {
            return Hash.fromBase64(base64);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
