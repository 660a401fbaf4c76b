package org.custos.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;
import org.custos.registry.Corrections;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.LegalStatuses;
import org.custos.registry.OrderDocuments;
import org.custos.registry.Releases;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.Superuser;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record audit (content v2): an attacker with superuser rights edits a field, deletes a row (triggers off) or
 * inserts a row without its event, in every covered table; the self-audit names the table, the record's key, the
 * field and the entry. The setup writes every covered table through the application (gate and movements records
 * by {@link GateAndMovementRecords}). The steps build on each other, in order.
 */
@CustosTest
@Tag("tamper")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordAuditTamperTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry r) {
        r.add("custos.db.url", () -> ""); // it breaks the records on purpose: its own embedded database
    }

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    LegalStatuses statuses;
    @Autowired
    Corrections corrections;
    @Autowired
    Releases releases;
    @Autowired
    Ledger ledger;
    UUID named;
    UUID other;

    @Test
    @Order(1)
    void recordsMadeThroughTheApplicationAuditClean() {
        HousingFixtures fixtures = new HousingFixtures(facilities, admissions, documents);
        String facility = fixtures.facility();
        named = fixtures.admit(facility, LegalStatusKind.UNTRIED);
        other = fixtures.admit(facility, LegalStatusKind.UNTRIED);
        HousingAndSentencingRecords custody = new HousingAndSentencingRecords(port, users, fixtures, admissions);
        custody.housing(facility, named, other);
        custody.sentencing(facility, named);
        byte[] pdf = ("%PDF-1.4\n%" + TestData.unique() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha = documents.store(pdf, "application/pdf", "test").sha256();
        var withAliases = new PersonDetails("Mario", "López", "Rivas", List.of("El Flaco", "Marito"), Sex.MALE,
                LocalDate.of(1985, 1, 2), "SV", List.of(new IdentityDocument(DocumentType.DUI, RegistryFixtures.dui(),
                "SV", null)));
        AdmissionRequest a = RegistryFixtures.admission(facility, withAliases);
        admissions.admit(new AdmissionRequest(null, withAliases, facility, RegistryFixtures.daysAgo(2),
                new CommitmentOrder("Órgano Judicial", "Juzgado 2.º de Instrucción", "CAUSA-" + TestData.unique(),
                        "Art. 329 CPP", LocalDate.now(ZoneOffset.UTC).minusDays(3), sha),
                a.legalStatus(), RegistryFixtures.daysAgo(3), a.arrestPlace(), a.visibleInjuries(),
                a.illTreatmentComplaints(), a.property(), a.family(), a.emergencyContact()), "test");
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "tamper-admin", Set.of(Role.ADMINISTRATOR), Set.of(),
                null, false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        statuses.change(other, new LegalStatuses.Change(LegalStatusKind.CONVICTED, null, null, now.minusMinutes(5),
                "Sentencia firme", null), admin);
        corrections.correct(other, "givenNames", "Juan Carlos", "Error de digitación", admin);
        releases.release(other, new Releases.Release("Pena cumplida", "Juzgado de Vigilancia", now.minusMinutes(1),
                "Domicilio"), admin);
        GateAndMovementRecords records = new GateAndMovementRecords(port, users, fixtures);
        records.writeGate(facility);
        records.writeMovements(fixtures.facility(), fixtures.facility()); // its own facility: the unit code of the housing records is taken in `facility`
        org.custos.work.WorkLedgerData.write(port, users, facilities, admissions, jdbc, context);
        org.custos.agreements.intake.IntakeFixtures.writeLedgerData(Api.as(port, users.with(Role.AGREEMENT_ADMINISTRATOR)),
                RegistryFixtures.facility(facilities));
        jdbc.sql("insert into person_alias(person_id, position, alias) values (?, 0, 'El Flaco')").param(other).update();
        // the alias above was written without an event: the audit must say so, then a correction names it
        JsonNode report = audit();
        assertThat(findings(report, "row-without-entry", "person_alias", "[\"" + other + "\", 0]", null)).isNotEmpty();
        Superuser.of(context).execute("delete from person_alias where person_id = ?", other);
        report = audit();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("findingCount").asLong()).isZero();
    }

    @Test
    @Order(2)
    void aNameEditedInTheDatabaseIsNamedWithTheAdmissionEntry() {
        Superuser.of(context).execute("update person set given_names = 'ALTERADO' where id = ?", named);
        long index = admissionEntry(named);
        List<JsonNode> found = findings(audit(), "row-altered", "person", named.toString(), "given_names");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("entryIndex").asLong()).isEqualTo(index);
    }

    @Test
    @Order(3)
    void anEditedAdmissionTimeIsNamed() {
        UUID admission = jdbc.sql("select id from admission where person_id = ?").param(named).query(UUID.class).single();
        Superuser.of(context).execute("update admission set admitted_at = admitted_at + interval '1 minute' where id = ?",
                admission);
        List<JsonNode> found = findings(audit(), "row-altered", "admission", admission.toString(), "admitted_at");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("entryIndex").asLong()).isEqualTo(admissionEntry(named));
    }

    @Test
    @Order(4)
    void aDeletedAdmissionIsNamed() {
        UUID admission = jdbc.sql("select id from admission where person_id = ?").param(named).query(UUID.class).single();
        Superuser.of(context).execute("delete from admission where id = ?", admission);
        List<JsonNode> found = findings(audit(), "row-removed", "admission", admission.toString(), null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("entryIndex").asLong()).isEqualTo(admissionEntry(named));
    }

    Stream<String> coveredTables() {
        return context.getBeansOfType(RecordCoverage.class).values().stream()
                .flatMap(c -> c.covered().stream()).map(RecordCoverage.CoveredTable::table).sorted();
    }

    /** Edit a field, delete the row, insert a copy under a new key: each named by table, key (and field). */
    @ParameterizedTest
    @MethodSource("coveredTables")
    @Order(5)
    void everyCoveredTableNamesAnEditADeletionAndAnInsertion(String table) {
        RecordCoverage.CoveredTable covered = context.getBeansOfType(RecordCoverage.class).values().stream()
                .flatMap(c -> c.covered().stream()).filter(c -> c.table().equals(table)).findFirst().orElseThrow();
        String key = keyExpression(covered);
        List<String> keys = jdbc.sql("select " + key + " from " + table + " t order by 1").query(String.class).list();
        if (keys.isEmpty()) {
            // the rows of this table are written through another module's flow; say so instead of passing silently
            org.junit.jupiter.api.Assumptions.abort("no row of " + table + " in this test's data");
        }
        String victim = keys.get(0);
        Map<String, String> types = columnTypes(table);
        // a table whose every column is its key (agreement_facility) has no field to edit: an edit of it is a removal
        // and an insertion, both tested below
        boolean onlyKey = covered.key().containsAll(types.keySet());
        if (!onlyKey) {
            String column = types.entrySet().stream()
                    .filter(e -> !covered.key().contains(e.getKey()) && !covered.excluded().containsKey(e.getKey()))
                    .filter(e -> edit(e.getKey(), e.getValue()) != null)
                    .sorted(java.util.Comparator.comparing((Map.Entry<String, String> e) -> e.getValue().equals("uuid"))
                            .thenComparing(Map.Entry::getKey)) // a uuid column only when nothing else can be edited
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new AssertionError(table + " has no column this test knows how to edit"));
            Superuser.of(context).execute("update " + table + " t set " + column + " = " + edit(column, types.get(column))
                    + " where " + key + " = ?", victim);
            assertThat(findings(audit(), "row-altered", table, victim, column)).as(table + "." + column).hasSize(1);
        }

        Superuser.of(context).execute("delete from " + table + " t where " + key + " = ?", victim);
        assertThat(findings(audit(), "row-removed", table, victim, null)).as(table).hasSize(1);

        String source = keys.size() > 1 ? keys.get(1) : null;
        if (source == null) {
            return; // the only row is gone; the insertion is tested on tables with two rows or more
        }
        List<String> changes = new ArrayList<>();
        Set<String> changed = new java.util.TreeSet<>(covered.key());
        changed.addAll(uniqueColumns(table)); // a copy must not collide with the original's unique values
        for (String k : changed) {
            changes.add("'" + k + "', " + newKey(k, types.get(k)));
        }
        Superuser.of(context).execute("insert into " + table + " overriding system value"
                + " select (jsonb_populate_record(null::" + table
                + ", to_jsonb(t) || jsonb_build_object(" + String.join(", ", changes) + "))).* from " + table
                + " t where " + key + " = ?", source);
        JsonNode report = audit();
        List<String> inserted = jdbc.sql("select " + key + " from " + table + " t order by 1").query(String.class).list();
        inserted.removeAll(keys);
        assertThat(inserted).hasSize(1);
        assertThat(findings(report, "row-without-entry", table, inserted.get(0), null)).as(table).hasSize(1);
    }

    /** Many rows behind the application's back: each one is named (the audit reads differing rows in batches). */
    @Test
    @Order(6)
    void everyRowOfABulkInsertionIsNamed() {
        long before = audit().get("findingCount").asLong();
        UUID person = jdbc.sql("select id from person order by id limit 1").query(UUID.class).single();
        Superuser.of(context).execute("insert into person_alias (person_id, position, alias)"
                + " select ?, 10000 + g, 'Alias ' || g from generate_series(1, 2500) g", person);
        JsonNode report = audit();
        assertThat(report.get("findingCount").asLong() - before).isEqualTo(2500);
        long kept = report.get("findings").valueStream()
                .filter(f -> f.get("kind").asString().equals("row-without-entry") && f.hasNonNull("recordKey")
                        && f.get("recordKey").asString().matches("\\[\"" + person + "\", 1\\d{4}\\]"))
                .map(f -> f.get("recordKey").asString()).distinct().count();
        assertThat(kept).as("the inserted rows among the findings kept, each once").isPositive();
    }

    /** A new value for the column, also when it is null in the victim row (a pending transfer's arrival time). */
    private static String edit(String column, String type) {
        return switch (type) {
            case "text", "character varying" -> "coalesce(" + column + ", '') || '-x'";
            // a null (an open placement's end) becomes a value, so that the edit always changes the row
            case "timestamp with time zone" -> "coalesce(" + column + ", timestamptz '2000-01-01Z') + interval '1 second'";
            case "date" -> "coalesce(" + column + ", date '2000-01-01') + 1";
            case "integer", "bigint", "smallint", "numeric" -> "coalesce(" + column + ", 0) + 1";
            case "boolean" -> "not coalesce(" + column + ", false)";
            case "uuid" -> "gen_random_uuid()";
            default -> null;
        };
    }

    private static String newKey(String column, String type) {
        return switch (type) {
            case "uuid" -> "gen_random_uuid()";
            case "integer", "bigint", "smallint" -> "(t." + column + " + 1000)";
            case "date" -> "(t." + column + " + 1000)";
            default -> "(t." + column + " || '-COPY')"; // upper case: a facility code must match [A-Z0-9-]
        };
    }

    private static String keyExpression(RecordCoverage.CoveredTable t) {
        return t.key().size() == 1 ? "t." + t.key().get(0) + "::text"
                : "jsonb_build_array(" + String.join(", ", t.key().stream().map(k -> "t." + k).toList()) + ")::text";
    }

    /** For each unique index other than the primary key, its last column. */
    private List<String> uniqueColumns(String table) {
        return jdbc.sql("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid
                 and a.attnum = (select max(k) from unnest(i.indkey::int2[]) k where k > 0)
                where i.indrelid = to_regclass(?) and i.indisunique and not i.indisprimary""")
                .param(table).query(String.class).list();
    }

    private Map<String, String> columnTypes(String table) {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select column_name, data_type from information_schema.columns where table_schema = current_schema()"
                + " and table_name = ?").param(table).query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    private long admissionEntry(UUID person) {
        UUID event = jdbc.sql("select event_id from event_outbox where event_type = 'PersonAdmitted' and subject_id = ?")
                .param(person).query(UUID.class).single();
        LedgerFixture.waitFor(java.time.Duration.ofSeconds(10), () -> ledger.leafIndex(event).isPresent());
        return ledger.leafIndex(event).orElseThrow();
    }

    private JsonNode audit() {
        Api.Response r = Api.as(port, users.with(Role.MONITOR)).post("/api/v1/ledger/audit", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonNode> findings(JsonNode report, String kind, String table, String key, String field) {
        return report.get("findings").valueStream()
                .filter(f -> f.get("kind").asString().equals(kind))
                .filter(f -> f.hasNonNull("table") && f.get("table").asString().equals(table))
                .filter(f -> f.hasNonNull("recordKey") && f.get("recordKey").asString().equals(key))
                .filter(f -> field == null || f.hasNonNull("field") && f.get("field").asString().equals(field))
                .toList();
    }
}
