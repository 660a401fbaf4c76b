package org.custos.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Implausible dates never reach the engine: each is refused with the field and a bounds code, nothing moves. */
@CustosTest
@Tag("database")
class SentencingBoundsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Admissions admissions;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    /** The person of these tests was arrested on this day (and admitted the next). */
    static final OffsetDateTime ARRESTED = OffsetDateTime.parse("2023-05-01T10:00:00-06:00");
    Api admin;
    UUID person;
    String base;
    String sentenceId;

    @BeforeEach
    void setUp() {
        admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        person = SentencingFixtures.convictedSince(admissions, facilities, ARRESTED);
        base = "/api/v1/persons/" + person;
        Api.Response s = admin.post(base + "/sentences", Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        sentenceId = s.json().get("sentenceId").asString();
    }

    @Test
    void aCustodyIntervalFromYearOneOrToYear9999IsRefusedAndTheReleaseDoesNotMove() {
        String before = release();
        refused("/custody-intervals", interval("0001-01-01", "2023-12-31"), "custody[0].from", "bounds.too-early");
        refused("/custody-intervals", interval("1899-12-31", "2023-12-31"), "custody[0].from", "bounds.too-early");
        refused("/custody-intervals", interval("2023-06-01", "9999-12-31"), "custody[0].to", "bounds.future");
        assertThat(release()).isEqualTo(before);
        assertThat(count("custody_interval_rev")).isZero();
    }

    @Test
    void aCustodyIntervalLiesInsideThePersonsCustodyFromTheFirstArrestToTheRelease() {
        Api.Response early = admin.post(base + "/custody-intervals", Api.json(interval("2023-04-30", "2023-06-01")));
        refused("/custody-intervals", interval("2023-04-30", "2023-06-01"), "custody[0].from",
                "sentencing.interval.before-custody");
        assertThat(early.json().get("errors").get(0).get("message").asString()).as(early.body()).contains("2023");
        Api.Response first = admin.post(base + "/custody-intervals", Api.json(interval("2023-05-01", "2023-06-01")));
        assertThat(first.status()).as("from the day of the arrest: " + first.body()).isEqualTo(201);

        OffsetDateTime released = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).truncatedTo(ChronoUnit.SECONDS);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Api.Response release = clerk.post(base + "/release", Api.json(Map.of("legalBasis", "Pena cumplida",
                "authority", "Juzgado de Vigilancia", "releasedAt", released.toString(), "destination", "Domicilio")));
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        String today = LocalDate.now(ZoneId.of("America/El_Salvador")).toString();
        Api.Response late = admin.post(base + "/custody-intervals", Api.json(interval("2023-07-01", today)));
        refused("/custody-intervals", interval("2023-07-01", today), "custody[1].to", "sentencing.interval.after-release");
        String releaseDay = released.atZoneSameInstant(ZoneId.of("America/El_Salvador")).toLocalDate().toString();
        assertThat(late.json().get("errors").get(0).get("message").asString()).as(late.body()).contains(releaseDay);
        Api.Response inside = admin.post(base + "/custody-intervals", Api.json(interval("2023-07-01", releaseDay)));
        assertThat(inside.status()).as("up to the day of the release: " + inside.body()).isEqualTo(201);
        assertThat(count("custody_interval_rev")).isEqualTo(2);
    }

    @Test
    void aCustodyIntervalBeforeThePersonCouldBeHeldIsRefused() {
        // born 1990-05-17 (RegistryFixtures): nobody is held before the age of twelve
        refused("/custody-intervals", interval("1995-01-01", "1995-02-01"), "custody[0].from",
                "sentencing.interval.before-custody");
        refused("/custody-intervals", interval("2023-12-01", "2023-11-01"), "custody[0].to",
                "sentencing.INTERVAL_REVERSED");
        Api.Response ok = admin.post(base + "/custody-intervals", Api.json(interval("2023-11-01", "2023-12-31")));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void creditsPretrialDisallowancesAndSentencesOutOfRangeAreRefused() {
        String tomorrow = LocalDate.now(ZoneId.of("America/El_Salvador")).plusDays(1).toString();
        refused("/credits", SentencingFixtures.credit(tomorrow, "PENDING", null), "credits[0].date", "bounds.future");
        refused("/credits", SentencingFixtures.credit("0001-01-01", "PENDING", null), "credits[0].date", "bounds.too-early");
        refused("/disallowances", Map.of("date", "0001-01-01", "days", 5, "reason", "falta grave"),
                "disallowances[0].date", "bounds.too-early");
        refused("/disallowances", Map.of("date", tomorrow, "days", 5, "reason", "falta grave"),
                "disallowances[0].date", "bounds.future");
        refused("/provisional-detention", Map.of("detentionStart", "0001-01-01", "classification", "LESSER",
                "reason", "auto"), "detentionStart", "bounds.too-early");
        refused("/provisional-detention", Map.of("detentionStart", tomorrow, "classification", "LESSER",
                "reason", "auto"), "detentionStart", "bounds.future");
        refused("/sentences", SentencingFixtures.sentence(5, "9999-12-31", "2023-06-01"), "sentences[1].startDate",
                "bounds.too-late");
        refused("/sentences", SentencingFixtures.sentence(5, "2024-01-01", "0001-01-01"), "sentences[1].offenceDate",
                "bounds.too-early");
        refused("/sentences", SentencingFixtures.sentence(5, "2024-01-01", tomorrow), "sentences[1].offenceDate",
                "bounds.future");
        Map<String, Object> longText = SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01");
        longText.put("offenceDescription", "x".repeat(5000));
        refused("/sentences", longText, "sentences[1].offenceDescription", "too-long");
        Map<String, Object> flags = new java.util.HashMap<>(Map.of("reason", "x"));
        flags.put("flags", java.util.Collections.nCopies(1000, "RECIDIVIST"));
        refused("/sentencing-flags", flags, "flags", "bounds.too-many");
    }

    @Test
    void oneWorkingDayPerPersonDateAndKindEvenWhenSentTogether() throws Exception {
        Api manager = Api.as(port, users.with(Role.WORK_MANAGER));
        String body = Api.json(SentencingFixtures.credit("2024-03-04", "PENDING", null));
        Api.Response first = manager.post(base + "/credits", body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Response again = manager.post(base + "/credits", body);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("credits[1].date");
        assertThat(again.json().get("errors").get(0).get("code").asString()).isEqualTo("sentencing.credit.same-day");
        Map<String, Object> study = SentencingFixtures.credit("2024-03-04", "PENDING", null);
        study.put("kind", "STUDY");
        assertThat(manager.post(base + "/credits", Api.json(study)).status()).isEqualTo(201);

        String parallel = Api.json(SentencingFixtures.credit("2024-03-05", "PENDING", null));
        List<CompletableFuture<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) calls.add(CompletableFuture.supplyAsync(() -> manager.post(base + "/credits", parallel)));
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Api.Response::status).sorted().toList();
        assertThat(statuses).containsExactly(201, 409, 409, 409);
        assertThat(jdbc.sql("select count(distinct credit_id) from credit_rev where person_id = :p and activity_date = '2024-03-05'")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
    }

    private Map<String, Object> interval(String from, String to) {
        return Map.of("sentenceId", sentenceId, "from", from, "to", to);
    }

    private void refused(String path, Object body, String field, String code) {
        Api.Response r = admin.post(base + path, Api.json(body));
        assertThat(r.status()).as(path + " " + body + " -> " + r.body()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.get(0).get("field").asString()).as(r.body()).isEqualTo(field);
        assertThat(errors.get(0).get("code").asString()).as(r.body()).isEqualTo(code);
    }

    private String release() {
        JsonNode d = admin.get(base + "/release-dates").json();
        return d.get("release").asString();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", person).query(Long.class).single();
    }
}
