package org.custos.sentencing;

import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A work credit for a person with no sentence to reduce is a 422 naming the field, by API and by CSV import. */
@CustosTest
@Tag("database")
class CreditWithoutSentenceTest {

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
    void aCreditForAnUnsentencedPersonIsRefusedNamingTheField() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID person = SentencingFixtures.untried(admissions, facilities);
        Api.Response r = admin.post("/api/v1/persons/" + person + "/credits",
                Api.json(SentencingFixtures.credit("2024-03-04", "APPROVED", "JVP-1")));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("credits[0]");
        assertThat(error.get("code").asString()).isEqualTo("sentencing.NO_SENTENCE");
        assertThat(error.get("message").asString()).doesNotStartWith("sentencing.");
    }

    @Test
    void anImportedCreditForAnUnsentencedPersonIsRefusedNamingTheLine() {
        Api admin = Api.as(port, users.with(Role.SENTENCE_ADMINISTRATOR));
        UUID person = SentencingFixtures.untried(admissions, facilities);
        String booking = jdbc.sql("select booking_number from sentencing_person where person_id = :p").param("p", person)
                .query(String.class).single();
        String csv = "booking_number,date,days,hours,document\n" + booking + ",2024-02-01,1,,JVP-9\n";
        Api.Response r = admin.send("POST", "/api/v1/sentencing/credits/import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("line[2].credits[0]");
        assertThat(error.get("code").asString()).isEqualTo("sentencing.NO_SENTENCE");
    }
}
