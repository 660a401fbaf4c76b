package org.custos.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.Corrections;
import org.custos.registry.PersonFile;
import org.custos.registry.RecordCorrected;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends a correction and changes the current value in the same transaction. */
@Service
class CorrectionService implements Corrections {

    private static final Map<String, String> COLUMNS = Map.of("givenNames", "given_names",
            "firstSurname", "first_surname", "secondSurname", "second_surname", "sex", "sex",
            "dateOfBirth", "date_of_birth", "nationality", "nationality");
    private final PersonFiles files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectionService(PersonFiles files, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonFile.CorrectionEntry correct(UUID personId, String field, String newValue, String reason,
                                              CurrentUser actor) {
        PersonRow p = files.visibleForUpdate(personId, actor);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Validation v = new Validation();
        String value = newValue == null ? null : newValue.trim();
        if (field == null || !FIELDS.contains(field)) {
            v.reject("field", field == null ? "required" : "registry.correction.field");
        } else {
            validateValue(v, field, value, p, now.toLocalDate());
            if (!v.hasProblem("newValue")) {
                value = "secondSurname".equals(field) && value != null && value.isEmpty() ? null : value;
                v.rejectIf(Objects.equals(value, current(field, p)), "newValue", "registry.correction.unchanged");
            }
        }
        Fields.text(v, "reason", reason, Fields.TEXT_MAX);
        v.throwIfInvalid("registry.validation");
        PersonFile.CorrectionEntry entry = new PersonFile.CorrectionEntry(UUID.randomUUID(), field, current(field, p),
                value, reason.trim(), now, actor.username());
        jdbc.sql("""
                insert into correction(id, person_id, field, old_value, new_value, reason, corrected_at, corrected_by)
                values (:id, :p, :f, :old, :new, :why, :at, :by)""")
                .param("id", entry.id()).param("p", personId).param("f", field).param("old", entry.oldValue())
                .param("new", value).param("why", entry.reason()).param("at", now).param("by", actor.username())
                .update();
        Object typed = "dateOfBirth".equals(field) ? LocalDate.parse(value) : value;
        jdbc.sql("update person set " + COLUMNS.get(field) + " = :v, updated_at = :now where id = :p")
                .param("v", typed).param("now", now).param("p", personId).update();
        renormalize(personId);
        events.publishEvent(new RecordCorrected(UUID.randomUUID(), personId, entry.id(), field, entry.oldValue(),
                value, entry.reason(), p.facilityCode(), actor.username(), now));
        return entry;
    }

    private static void validateValue(Validation v, String field, String value, PersonRow p, LocalDate today) {
        switch (field) {
            case "givenNames", "firstSurname" -> Fields.text(v, "newValue", value, Fields.NAME_MAX);
            case "secondSurname" -> Fields.optionalText(v, "newValue", value, Fields.NAME_MAX);
            case "sex" -> v.rejectIf(!"MALE".equals(value) && !"FEMALE".equals(value), "newValue", "invalid");
            case "nationality" -> Fields.country(v, "newValue", value, true);
            case "dateOfBirth" -> {
                try {
                    LocalDate dob = value == null ? null : LocalDate.parse(value);
                    PersonValidator.dateOfBirth(v, "newValue", dob, today, p.admittedAt().toLocalDate());
                } catch (DateTimeParseException e) {
                    v.reject("newValue", "invalid-format");
                }
            }
            default -> v.reject("field", "registry.correction.field");
        }
    }

    private static String current(String field, PersonRow p) {
        return switch (field) {
            case "givenNames" -> p.givenNames();
            case "firstSurname" -> p.firstSurname();
            case "secondSurname" -> p.secondSurname();
            case "sex" -> p.sex().name();
            case "dateOfBirth" -> p.dateOfBirth().toString();
            case "nationality" -> p.nationality();
            default -> null;
        };
    }

    /** Recomputes the search columns from the corrected names and the aliases. */
    private void renormalize(UUID personId) {
        PersonRow p = files.find(personId).orElseThrow();
        List<String> aliases = jdbc.sql("select alias from person_alias where person_id = :p order by position")
                .param("p", personId).query(String.class).list();
        String all = p.givenNames() + " " + p.firstSurname() + " " + Objects.toString(p.secondSurname(), "") + " "
                + String.join(" ", aliases);
        jdbc.sql("update person set search_name = :s, sort_name = :o where id = :p")
                .param("s", Names.normalize(all))
                .param("o", PlannedAdmission.sortName(p.firstSurname(), p.secondSurname(), p.givenNames()))
                .param("p", personId).update();
    }
}
