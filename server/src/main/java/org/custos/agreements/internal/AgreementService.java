package org.custos.agreements.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.custos.agreements.AgreementAmended;
import org.custos.agreements.AgreementRecorded;
import org.custos.agreements.rules.AgreementTerms;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording agreements and their amendments: each a new version with every term, written with its event in one
 * transaction; nothing is changed in place. Reads are scoped ({@link AgreementReads}).
 */
@Service
public class AgreementService {

    static final String INVALID = "agreements.validation";

    /** An agreement version as stored. */
    public record Version(UUID id, int version, String reason, LocalDate effectiveFrom, LocalDate endsOn, int places,
                          AgreementTerms terms, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** An agreement: its identity and every version, the newest last ({@link #current()}). */
    public record Agreement(UUID id, String code, String sendingState, String createdBy, OffsetDateTime createdAt,
                            List<Version> versions) {
        public Version current() {
            return versions.getLast();
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TermsValidator validator;
    private final AgreementReads reads;
    private final Bounds bounds;
    private final JsonMapper json;

    AgreementService(JdbcClient jdbc, ApplicationEventPublisher events, TermsValidator validator, AgreementReads reads,
                     Bounds bounds, JsonMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.validator = validator;
        this.reads = reads;
        this.bounds = bounds;
        this.json = json;
    }

    @Transactional
    public UUID create(Requests.NewAgreement r, CurrentUser caller) {
        return create(r, caller, List.of());
    }

    /**
     * As {@link #create(Requests.NewAgreement, CurrentUser)}, with the problems a form found reading its fields
     * (a date it could not read): they are refused together with every other, and a field a form problem names
     * gets no second message (the form left it empty).
     */
    @Transactional
    public UUID create(Requests.NewAgreement r, CurrentUser caller, List<FieldProblem> formProblems) {
        Validation v = new Validation();
        String code = r.code() == null ? "" : r.code().trim().toUpperCase();
        v.rejectIf(!code.matches("[A-Z0-9][A-Z0-9-]{1,39}"), "code", "agreements.CODE_INVALID");
        validator.check(v, r.terms(), caller);
        refuse(v, formProblems);
        UUID id = UUID.randomUUID();
        OffsetDateTime at = bounds.now().withOffsetSameInstant(ZoneOffset.UTC);
        String actor = actor(caller);
        try {
            jdbc.sql("insert into agreement(id, code, sending_state, created_by, created_at) values (:id, :code, :s, :by, :at)")
                    .param("id", id).param("code", code).param("s", r.terms().sendingState()).param("by", actor)
                    .param("at", at).update();
        } catch (DuplicateKeyException e) {
            new Validation().reject("code", "agreements.CODE_TAKEN").throwIfInvalid(INVALID);
        }
        UUID version = insertVersion(id, 1, null, r.terms(), actor, at);
        events.publishEvent(new AgreementRecorded(UUID.randomUUID(), id, version, code, r.terms().sendingState(),
                r.terms().places(), actor, at));
        return id;
    }

    @Transactional
    public UUID amend(UUID id, Requests.Amendment r, CurrentUser caller) {
        return amend(id, r, caller, List.of());
    }

    /** As {@link #amend(UUID, Requests.Amendment, CurrentUser)}, with a form's own problems (see {@code create}). */
    @Transactional
    public UUID amend(UUID id, Requests.Amendment r, CurrentUser caller, List<FieldProblem> formProblems) {
        Agreement a = reads.get(id, caller);
        Validation v = new Validation();
        TermsValidator.text(v, "reason", r.reason(), Bounds.TEXT);
        validator.check(v, r.terms(), caller);
        v.rejectIf(r.terms() != null && r.terms().sendingState() != null && !r.terms().sendingState().equals(a.sendingState()),
                "terms.sendingState", "agreements.STATE_FIXED");
        refuse(v, formProblems);
        reads.lock(id);
        int next = reads.lastVersion(id) + 1;
        OffsetDateTime at = bounds.now().withOffsetSameInstant(ZoneOffset.UTC);
        UUID version = insertVersion(id, next, r.reason().trim(), r.terms(), actor(caller), at);
        events.publishEvent(new AgreementAmended(UUID.randomUUID(), id, version, next, r.reason().trim(), r.terms().places(),
                actor(caller), at));
        return version;
    }

    private UUID insertVersion(UUID agreement, int version, String reason, AgreementTerms t, String actor, OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into agreement_version(id, agreement_id, version, reason, effective_from, ends_on, places, terms,
                  recorded_by, recorded_at)
                values (:id, :a, :v, :reason, :from, :ends, :places, cast(:terms as jsonb), :by, :at)""")
                .param("id", id).param("a", agreement).param("v", version).param("reason", reason)
                .param("from", t.effectiveFrom()).param("ends", t.endsOn()).param("places", t.places())
                .param("terms", json.writeValueAsString(t)).param("by", actor).param("at", at).update();
        for (String f : t.facilities().stream().distinct().toList()) {
            jdbc.sql("insert into agreement_facility(version_id, facility_code) values (:v, :f)").param("v", id).param("f", f).update();
        }
        return id;
    }

    private static void refuse(Validation v, List<FieldProblem> formProblems) {
        if (formProblems.isEmpty()) {
            v.throwIfInvalid(INVALID);
            return;
        }
        Set<String> read = formProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        List<FieldProblem> all = new ArrayList<>(formProblems);
        v.problems().stream().filter(p -> !read.contains(p.field())).forEach(all::add);
        throw ProblemException.invalid(INVALID, all);
    }

    static String actor(CurrentUser caller) {
        return caller == null ? "system" : caller.username();
    }

    static ProblemException notFound() {
        return ProblemException.notFound("agreements.not-found");
    }
}
