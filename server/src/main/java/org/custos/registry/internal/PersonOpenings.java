package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.ledger.OpeningScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A ledger opening of a record about a person (any module's event whose subject is a registry person) obeys
 * the registry's scope of that person, exactly as the file does, and is logged in the person's access log
 * with its purpose.
 */
@Component
class PersonOpenings implements OpeningScope {

    private final PersonFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;

    PersonOpenings(PersonFiles files, JdbcClient jdbc, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Decision open(OpenedRecord record, CurrentUser caller, String purpose) {
        if (record.subjectId() == null) {
            return Decision.NOT_OWNED;
        }
        var person = files.find(record.subjectId()).orElse(null);
        if (person == null) {
            return Decision.NOT_OWNED;
        }
        if (!Scope.visible(caller, person)) {
            return Decision.REFUSED;
        }
        String logged = "Apertura del asiento " + record.index() + " (" + record.eventType() + ") del registro inalterable: "
                + purpose;
        jdbc.sql("insert into file_access(id, person_id, reader, read_at, purpose) values (:id, :p, :r, :at, :why)")
                .param("id", UUID.randomUUID()).param("p", person.id()).param("r", caller.username())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("why", logged.length() > 1000 ? logged.substring(0, 1000) : logged).update();
        return Decision.ALLOWED;
    }
}
