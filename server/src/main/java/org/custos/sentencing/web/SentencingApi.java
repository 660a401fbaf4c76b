package org.custos.sentencing.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.sentencing.internal.Commands.ApprovalCommand;
import org.custos.sentencing.internal.Commands.CreditCommand;
import org.custos.sentencing.internal.Commands.DisallowanceCommand;
import org.custos.sentencing.internal.Commands.FlagsCommand;
import org.custos.sentencing.internal.Commands.IntervalCommand;
import org.custos.sentencing.internal.Commands.PretrialCommand;
import org.custos.sentencing.internal.Commands.ReasonCommand;
import org.custos.sentencing.internal.Commands.RevocationCommand;
import org.custos.sentencing.internal.Commands.SentenceCommand;
import org.custos.sentencing.internal.CreditService;
import org.custos.sentencing.internal.PersonRecords;
import org.custos.sentencing.internal.ReleaseDatesView;
import org.custos.sentencing.internal.SentencingQueries;
import org.custos.sentencing.internal.SentencingService;
import org.custos.shared.web.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's sentences, custody intervals, credits and release dates. Every write is validated by the
 * engine against the person's whole case (422 {@code sentencing.validation} naming each field, e.g.
 * {@code sentences[0].term}; nothing stored) and recomputes the dates in the same transaction.
 */
@RestController
@RequestMapping("/api/v1/persons/{personId}")
class SentencingApi {

    private static final String PURPOSE = "SENTENCING";
    private final SentencingService sentences;
    private final CreditService credits;
    private final SentencingQueries queries;
    private final JsonMapper json;

    SentencingApi(SentencingService sentences, CreditService credits, SentencingQueries queries, JsonMapper json) {
        this.sentences = sentences;
        this.credits = credits;
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/sentences")
    @PreAuthorize(Access.READ_SENTENCES)
    List<PersonRecords.SentenceRow> sentences(@PathVariable UUID personId) {
        return queries.sheet(personId, Callers.current(), PURPOSE).records().sentences();
    }

    @PostMapping("/sentences")
    @PreAuthorize(Access.RECORD_SENTENCE)
    ResponseEntity<PersonRecords.SentenceRow> recordSentence(@PathVariable UUID personId, @RequestBody SentenceCommand body) {
        var row = sentences.recordSentence(personId, body, Callers.current());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/sentences/" + row.sentenceId())).body(row);
    }

    @PostMapping("/sentences/{sentenceId}/corrections")
    @PreAuthorize(Access.RECORD_SENTENCE)
    PersonRecords.SentenceRow correctSentence(@PathVariable UUID personId, @PathVariable UUID sentenceId,
                                              @RequestBody SentenceCommand body) {
        return sentences.correctSentence(personId, sentenceId, body, Callers.current());
    }

    @PostMapping("/sentences/{sentenceId}/withdrawal")
    @PreAuthorize(Access.RECORD_SENTENCE)
    ResponseEntity<Void> withdrawSentence(@PathVariable UUID personId, @PathVariable UUID sentenceId,
                                          @RequestBody ReasonCommand body) {
        sentences.withdrawSentence(personId, sentenceId, body.reason(), Callers.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/custody-intervals")
    @PreAuthorize(Access.READ_SENTENCES)
    List<PersonRecords.IntervalRow> intervals(@PathVariable UUID personId) {
        return queries.sheet(personId, Callers.current(), PURPOSE).records().custody();
    }

    @PostMapping("/custody-intervals")
    @PreAuthorize(Access.RECORD_SENTENCE)
    ResponseEntity<PersonRecords.IntervalRow> recordInterval(@PathVariable UUID personId, @RequestBody IntervalCommand body) {
        return ResponseEntity.status(201).body(sentences.recordInterval(personId, body, Callers.current()));
    }

    @GetMapping("/credits")
    @PreAuthorize(Access.READ_SENTENCES)
    List<PersonRecords.CreditRow> credits(@PathVariable UUID personId) {
        return queries.sheet(personId, Callers.current(), PURPOSE).records().credits();
    }

    @PostMapping("/credits")
    @PreAuthorize(Access.RECORD_CREDIT)
    ResponseEntity<PersonRecords.CreditRow> recordCredit(@PathVariable UUID personId, @RequestBody CreditCommand body) {
        return ResponseEntity.status(201).body(credits.record(personId, body, Callers.current()));
    }

    @PostMapping("/credits/{creditId}/approval")
    @PreAuthorize(Access.APPROVE_CREDIT)
    PersonRecords.CreditRow approve(@PathVariable UUID personId, @PathVariable UUID creditId,
                                    @RequestBody ApprovalCommand body) {
        return credits.approve(personId, creditId, body, Callers.current());
    }

    @PostMapping("/credits/{creditId}/revocation")
    @PreAuthorize(Access.APPROVE_CREDIT)
    PersonRecords.CreditRow revoke(@PathVariable UUID personId, @PathVariable UUID creditId,
                                   @RequestBody RevocationCommand body) {
        return credits.revoke(personId, creditId, body, Callers.current());
    }

    @PostMapping("/sentencing-flags")
    @PreAuthorize(Access.RECORD_SENTENCE)
    ResponseEntity<Void> flags(@PathVariable UUID personId, @RequestBody FlagsCommand body) {
        sentences.recordFlags(personId, body, Callers.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/disallowances")
    @PreAuthorize(Access.RECORD_SENTENCE)
    ResponseEntity<Void> disallowance(@PathVariable UUID personId, @RequestBody DisallowanceCommand body) {
        sentences.recordDisallowance(personId, body, Callers.current());
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/provisional-detention")
    @PreAuthorize(Access.RECORD_SENTENCE)
    ResponseEntity<Void> pretrial(@PathVariable UUID personId, @RequestBody PretrialCommand body) {
        sentences.recordPretrial(personId, body, Callers.current());
        return ResponseEntity.noContent().build();
    }

    /** The latest computation: every date with its derivation, the engine and rule-set versions. */
    @GetMapping("/release-dates")
    @PreAuthorize(Access.READ_SENTENCES)
    Map<String, Object> releaseDates(@PathVariable UUID personId) {
        ReleaseDatesView v = queries.sheet(personId, Callers.current(), PURPOSE).dates()
                .orElseThrow(() -> ProblemException.notFound("sentencing.not-computed"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personId", v.personId());
        out.put("release", v.release());
        out.put("computedAt", v.computedAt());
        out.put("engineVersion", v.engineVersion());
        out.put("ruleSetVersion", v.ruleSetVersion());
        out.put("result", json.readTree(v.result()));
        return out;
    }
}
