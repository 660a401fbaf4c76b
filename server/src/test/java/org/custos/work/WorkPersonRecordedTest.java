package org.custos.work;

import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.support.CustosTest;
import org.custos.support.Superuser;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person the work module does not know (admitted before it kept {@code work_person}) is recorded from the
 * registry's summary when first asked for, with a {@link WorkPersonRecorded} event whose entry commits the row.
 */
@CustosTest
class WorkPersonRecordedTest {

    /** It plays a superuser (a row written behind the application's back): a database of its own, never the external one. */
    @org.springframework.test.context.DynamicPropertySource
    static void ownDatabase(org.springframework.test.context.DynamicPropertyRegistry r) {
        r.add("custos.db.url", () -> "");
    }

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aPersonFirstAskedForIsRecordedWithItsEventAndTheRowCommitted() {
        WorkFixtures fx = new WorkFixtures(port, users, facilities, admissions);
        UUID person = fx.admit(LegalStatusKind.CONVICTED).personId();
        // as for a person admitted before the work module existed: the projection has no row
        Superuser.of(context).execute("delete from work_person where person_id = ?", person);
        fx.fit(person, true);
        assertThat(jdbc.sql("select count(*) from work_person where person_id = ?").param(person).query(Long.class)
                .single()).isEqualTo(1);
        UUID event = jdbc.sql("select event_id from event_outbox where event_type = 'WorkPersonRecorded' and subject_id = ?")
                .param(person).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from ledger_row where event_id = ? and table_name = 'work_person'"
                + " and row_key = ?").params(event, person.toString()).query(Long.class).single()).isEqualTo(1);
        fx.fit(person, false); // known now: no second event
        assertThat(jdbc.sql("select count(*) from event_outbox where event_type = 'WorkPersonRecorded' and subject_id = ?")
                .param(person).query(Long.class).single()).isEqualTo(1);
    }
}
