package org.custos.demo;

import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small demo dataset leaves a clean record audit: every row the demo seeds in a covered table is committed by an
 * event (the facilities it registers by {@code FacilityRegistered}, the persons by their admissions), so the
 * self-audit finds nothing. Its own embedded database (the demo needs an empty one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"custos.demo.enabled=true", "custos.demo.persons=300", "custos.db.url="})
@ActiveProfiles("test")
@Tag("database")
@Import(TestUsers.class)
class DemoLedgerAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoDatasetAuditsClean() {
        long facilities = jdbc.sql("select count(*) from facility").query(Long.class).single();
        assertThat(facilities).isEqualTo(DemoFacilities.ALL.size());
        assertThat(jdbc.sql("select count(distinct row_key) from ledger_row where table_name = 'facility'")
                .query(Long.class).single()).as("every demo facility committed").isEqualTo(facilities);
        assertThat(jdbc.sql("select count(*) from ledger_row where table_name = 'agreement'").query(Long.class).single())
                .as("the demo agreement committed by AgreementRecorded").isEqualTo(1);
        Api.Response r = Api.as(port, users.with(Role.MONITOR)).post("/api/v1/ledger/audit", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("findings").toString()).isEqualTo("[]");
        assertThat(report.get("ok").asBoolean()).isTrue();
    }
}
