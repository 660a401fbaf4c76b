package org.custos.housing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.custos.housing.PersonClassified;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's classification group, versioned: every change is a new {@code classification_change}
 * row (from, to, reason, who, when) and a {@link PersonClassified} event; the current group stays on
 * {@code housing_person} for the separation check. Changing to the same group is refused.
 */
@Service
public class ClassificationService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClassificationService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public record Change(UUID id, String fromGroup, String toGroup, String reason, OffsetDateTime at, String by) {
    }

    @Transactional
    public Change classify(UUID personId, Requests.Classification c, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(c.group() != null && !c.group().isBlank() && !c.group().trim().matches("[A-Za-z0-9-]{1,40}"),
                "group", "housing.code-shape");
        v.rejectIf(c.reason() == null || c.reason().isBlank(), "reason", "required");
        v.rejectIf(c.reason() != null && c.reason().length() > PlacementService.TEXT_MAX, "reason", "too-long",
                PlacementService.TEXT_MAX);
        v.throwIfInvalid("housing.validation");
        var row = jdbc.sql("select facility_code, classification from housing_person where person_id = :p and held"
                        + " for update").param("p", personId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElseThrow(Scopes::notFound);
        Scopes.require(caller, row[0]);
        String to = c.group() == null || c.group().isBlank() ? null : c.group().trim().toUpperCase(Locale.ROOT);
        if (Objects.equals(to, row[1])) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("group", "housing.classification.unchanged"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Change change = new Change(UUID.randomUUID(), row[1], to, c.reason().trim(), now, caller.username());
        jdbc.sql("update housing_person set classification = :g, updated_at = :at where person_id = :p")
                .param("g", to).param("at", now).param("p", personId).update();
        jdbc.sql("""
                insert into classification_change(id, person_id, facility_code, old_group, new_group, reason, changed_at,
                    changed_by) values (:id, :p, :f, :old, :new, :why, :at, :by)""")
                .param("id", change.id()).param("p", personId).param("f", row[0]).param("old", change.fromGroup())
                .param("new", to).param("why", change.reason()).param("at", now).param("by", change.by()).update();
        events.publishEvent(new PersonClassified(UUID.randomUUID(), personId, change.id(), change.fromGroup(), to,
                change.reason(), row[0], change.by(), now));
        return change;
    }

    /** Every change of a person's classification, oldest first; 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public List<Change> history(UUID personId, CurrentUser caller) {
        String facility = jdbc.sql("select facility_code from housing_person where person_id = :p").param("p", personId)
                .query(String.class).optional().orElseThrow(Scopes::notFound);
        Scopes.require(caller, facility);
        return jdbc.sql("""
                select id, old_group, new_group, reason, changed_at, changed_by from classification_change
                where person_id = :p order by changed_at, id""").param("p", personId)
                .query((rs, n) -> new Change(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6))).list();
    }
}
