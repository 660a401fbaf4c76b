package org.custos.sentencing;

import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Disallowances, flags and provisional-detention details move release dates: each is an event with its ledger entry. */
@CustosTest
@Tag("database")
class SentencingTraceTest {

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

    @Test
    void disallowancesAndFlagsAreEventsWithLedgerEntries() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID person = SentencingFixtures.convicted(admissions, facilities);
        String base = "/api/v1/persons/" + person;
        Api.Response sentence = admin.post(base + "/sentences",
                Api.json(SentencingFixtures.sentence(5, "2024-01-01", "2023-06-01")));
        assertThat(sentence.status()).as(sentence.body()).isEqualTo(201);
        Api.Response flags = admin.post(base + "/sentencing-flags",
                "{\"flags\":[\"RECIDIVIST\"],\"reason\":\"Antecedentes firmes\"}");
        assertThat(flags.status()).as(flags.body()).isEqualTo(204);
        Api.Response disallowed = admin.post(base + "/disallowances",
                "{\"date\":\"2024-06-01\",\"days\":10,\"reason\":\"Falta grave\",\"document\":\"RES-7\"}");
        assertThat(disallowed.status()).as(disallowed.body()).isEqualTo(201);
        assertThat(entries(person, "SentenceFlagsRecorded")).isEqualTo(1);
        assertThat(entries(person, "DisallowanceRecorded")).isEqualTo(1);
        assertThat(payload(person, "DisallowanceRecorded")).contains("\"days\": 10", "Falta grave");
        assertThat(payload(person, "SentenceFlagsRecorded")).contains("RECIDIVIST", "Antecedentes firmes");
    }

    @Test
    void provisionalDetentionDetailsAreAnEventWithALedgerEntry() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID person = SentencingFixtures.untried(admissions, facilities);
        Api.Response pd = admin.post("/api/v1/persons/" + person + "/provisional-detention",
                "{\"detentionStart\":\"2025-08-01\",\"classification\":\"SERIOUS\",\"reason\":\"auto de detención\"}");
        assertThat(pd.status()).as(pd.body()).isEqualTo(204);
        assertThat(entries(person, "PretrialDetailsRecorded")).isEqualTo(1);
        assertThat(payload(person, "PretrialDetailsRecorded")).contains("2025-08-01", "SERIOUS");
    }

    /** Outbox rows of this type for the person that have their ledger entry. */
    private long entries(UUID person, String type) {
        return jdbc.sql("""
                select count(*) from event_outbox o join ledger_entry e on e.event_id = o.event_id
                where o.subject_id = :p and o.event_type = :t""").param("p", person).param("t", type)
                .query(Long.class).single();
    }

    private String payload(UUID person, String type) {
        return jdbc.sql("select payload::text from event_outbox where subject_id = :p and event_type = :t")
                .param("p", person).param("t", type).query(String.class).single();
    }
}
