package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most one credit per person, date and kind (one working day is worked once): checked against the
 * person's records, and held by the primary key of {@code credit_day}, so two requests that race past the
 * check still get the same 409 problem instead of two credits for one day.
 */
@Component
class CreditDays {

    static final String CODE = "sentencing.credit.same-day";
    private final JdbcClient jdbc;

    CreditDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean taken(List<CreditRow> credits, String kind, LocalDate date) {
        return credits.stream().anyMatch(c -> c.kind().equals(kind) && c.date().equals(date));
    }

    static ProblemException conflict(String field) {
        return ProblemException.conflict("sentencing.credit-day-taken", FieldProblem.of(field, CODE));
    }

    /** Claims the day for a new credit; the 409 problem names {@code field} if it is already taken. */
    void claim(UUID personId, CreditRow c, String field) {
        try {
            jdbc.sql("""
                    insert into credit_day(person_id, kind, activity_date, credit_id)
                    values (:p, :k, :d, :c)""")
                    .param("p", personId).param("k", c.kind()).param("d", c.date()).param("c", c.creditId()).update();
        } catch (DuplicateKeyException e) {
            throw conflict(field);
        }
    }
}
