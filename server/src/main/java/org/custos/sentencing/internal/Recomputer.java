package org.custos.sentencing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.sentencing.ReleaseDatesRecomputed;
import org.custos.sentencing.internal.EngineConfiguration.RuleSetVersion;
import org.custos.releasedates.json.CaseFiles;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.validation.FieldError;
import org.custos.releasedates.validation.ValidationException;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the engine over a person's records. {@link #check} refuses invalid records with a 422 problem
 * naming each field as the engine names it ({@code sentences[0].term}); {@link #store} keeps the
 * result with its derivation and versions and announces it.
 */
@Component
class Recomputer {

    static final String INVALID = "sentencing.validation";
    private static final JsonMapper JSON = CaseFiles.mapper().rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();

    private final ReleaseDateEngine engine;
    private final RuleSetVersion rules;
    private final ReleaseDateStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final java.time.ZoneId zone;

    Recomputer(ReleaseDateEngine engine, RuleSetVersion rules, ReleaseDateStore store, ApplicationEventPublisher events,
               Clock clock, @org.springframework.beans.factory.annotation.Value(NightlyRecompute.ZONE) String zone) {
        this.engine = engine;
        this.rules = rules;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.zone = java.time.ZoneId.of(zone);
    }

    /** Today in the facilities' time zone ({@code custos.time-zone}): the day a release falls on there. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    String ruleSetVersion() {
        return rules.value();
    }

    /** Computes, or throws the 422 problem naming every field the engine refused. */
    Computed check(PersonRecords r) {
        try {
            return compute(r);
        } catch (ValidationException e) {
            throw ProblemException.invalid(INVALID, problems(e));
        }
    }

    /** Computes without mapping errors (population runs count them). */
    Computed compute(PersonRecords r) {
        CaseResult result = engine.compute(CaseAssembler.input(r, today()));
        return Computed.of(r.personId(), result, JSON.writeValueAsString(result));
    }

    /** Validates and computes without keeping the result (bulk writes whose dates are computed later). */
    void validate(PersonRecords r) {
        engine.compute(CaseAssembler.input(r, today()));
    }

    static List<FieldProblem> problems(ValidationException e) {
        List<FieldProblem> out = new ArrayList<>();
        for (FieldError f : e.errors()) out.add(FieldProblem.of(f.field(), "sentencing." + f.code()));
        return out;
    }

    /** Stores the result and publishes {@link ReleaseDatesRecomputed}; inside the caller's transaction. */
    void store(Computed c, PersonRecords r, String actor) {
        LocalDate previous = store.stored(List.of(c.personId())).getOrDefault(c.personId(),
                new ReleaseDateStore.Stored(null, null, null, null)).release();
        OffsetDateTime at = now();
        store.write(List.of(c), ReleaseDateEngine.VERSION, rules.value(), at);
        String facility = r.person() == null ? null : r.person().facilityCode();
        events.publishEvent(new ReleaseDatesRecomputed(UUID.randomUUID(), c.personId(), c.release(), previous,
                rules.value(), facility, actor, at));
    }
}
