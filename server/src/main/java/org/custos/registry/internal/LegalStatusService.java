package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.LegalStatusChanged;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.LegalStatuses;
import org.custos.registry.PersonFile;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to the legal status history and moves the person's current status with it. */
@Service
class LegalStatusService implements LegalStatuses {

    private final PersonFiles files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.custos.shared.web.Bounds bounds;

    LegalStatusService(PersonFiles files, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                       org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonFile.LegalStatusEntry change(UUID personId, Change c, CurrentUser actor) {
        PersonRow p = files.visibleForUpdate(personId, actor);
        if (!p.held()) {
            throw ProblemException.conflict("registry.not-held");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Validation v = validate(c, p, now);
        v.throwIfInvalid("registry.validation");
        String decree = c.kind() == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION ? c.decreeNumber().trim() : null;
        String state = c.kind() == LegalStatusKind.HELD_FOR_ANOTHER_STATE ? c.heldForState() : null;
        String sha = c.documentSha256() == null || c.documentSha256().isBlank() ? null
                : c.documentSha256().toLowerCase(Locale.ROOT);
        PersonFile.LegalStatusEntry entry = new PersonFile.LegalStatusEntry(UUID.randomUUID(), p.currentAdmissionId(),
                c.kind(), decree, state, c.effectiveAt().withOffsetSameInstant(ZoneOffset.UTC), c.basis().trim(), sha,
                now, actor.username());
        jdbc.sql("""
                insert into legal_status(id, person_id, admission_id, kind, decree_number, held_for_state, effective_at,
                  basis, document_sha256, recorded_at, recorded_by)
                values (:id, :p, :a, :k, :d, :s, :at, :b, :sha, :now, :by)""")
                .param("id", entry.id()).param("p", personId).param("a", entry.admissionId())
                .param("k", c.kind().name()).param("d", decree).param("s", state).param("at", entry.effectiveAt())
                .param("b", entry.basis()).param("sha", sha).param("now", now).param("by", actor.username()).update();
        jdbc.sql("update person set legal_status = :k, held_for_state = :s, updated_at = :now where id = :p")
                .param("k", c.kind().name()).param("s", state).param("now", now).param("p", personId).update();
        events.publishEvent(new LegalStatusChanged(UUID.randomUUID(), personId, p.legalStatus(), c.kind(), decree,
                state, p.facilityCode(), actor.username(), entry.effectiveAt()));
        return entry;
    }

    private Validation validate(Change c, PersonRow p, OffsetDateTime now) {
        Validation v = new Validation();
        if (c.kind() == null) {
            v.reject("kind", "required");
        } else {
            AdmissionValidator.statusDetails(v, "", c.kind(), c.decreeNumber(), c.heldForState());
            String state = c.kind() == LegalStatusKind.HELD_FOR_ANOTHER_STATE ? c.heldForState() : null;
            v.rejectIf(c.kind() == p.legalStatus() && Objects.equals(state, p.heldForState())
                    && c.kind() != LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION, "kind",
                    "registry.legal-status.unchanged");
        }
        if (Fields.pastInstant(v, "effectiveAt", c.effectiveAt(), bounds)) {
            OffsetDateTime last = jdbc.sql("select max(effective_at) from legal_status where admission_id = :a")
                    .param("a", p.currentAdmissionId()).query(OffsetDateTime.class).single();
            v.rejectIf(last != null && c.effectiveAt().isBefore(last), "effectiveAt",
                    "registry.legal-status.before-current");
        }
        Fields.text(v, "basis", c.basis(), Fields.TEXT_MAX);
        Fields.sha256(v, "documentSha256", c.documentSha256(), false);
        return v;
    }
}
