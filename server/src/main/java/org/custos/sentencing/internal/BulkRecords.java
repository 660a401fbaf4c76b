package org.custos.sentencing.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.sentencing.CreditRecorded;
import org.custos.sentencing.CreditsRecordedInBulk;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.sentencing.SentenceRecorded;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.custos.releasedates.validation.ValidationException;
import org.custos.shared.events.CustodyEvent;
import org.custos.shared.events.CustodyEventBatch;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many new records for many persons at once (CSV import, demo data), in the caller's transaction:
 * every person's whole case is validated by the engine with its additions (one refusal refuses all),
 * then the rows are written with JDBC batch inserts and the dates stored with batch updates. Every record is
 * announced (one event each), except the credits of a batch that does not announce them (the demo): those are
 * named by one {@link CreditsRecordedInBulk} for the batch.
 */
@Component
class BulkRecords {

    /** New records of one person. */
    record Additions(List<SentenceRow> sentences, List<CreditRow> credits) {
    }

    private final RecordReader reader;
    private final Recomputer recomputer;
    private final ReleaseDateStore store;
    private final JdbcTemplate template;
    private final ApplicationEventPublisher events;

    BulkRecords(RecordReader reader, Recomputer recomputer, ReleaseDateStore store, JdbcTemplate template,
                ApplicationEventPublisher events) {
        this.reader = reader;
        this.recomputer = recomputer;
        this.store = store;
        this.template = template;
        this.events = events;
    }

    static Map<UUID, Additions> credits(Map<UUID, List<CreditRow>> byPerson) {
        Map<UUID, Additions> out = new java.util.LinkedHashMap<>();
        byPerson.forEach((k, v) -> out.put(k, new Additions(List.of(), v)));
        return out;
    }

    /**
     * @param lines    for error messages: the input line of each person's first record (or null)
     * @param announce publish an event per record (imports); the demo publishes its sentences only
     * @param storeDates store the computed dates now (else only validate; a recomputation stores them)
     * @return the number of records written
     */
    int add(Map<UUID, Additions> additions, Map<UUID, Integer> lines, String actor, OffsetDateTime at, boolean announce,
            boolean storeDates) {
        List<UUID> ids = new ArrayList<>(additions.keySet());
        Map<UUID, PersonRecords> records = reader.batch(ids);
        List<Computed> computed = new ArrayList<>(ids.size());
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> sentenceRows = new ArrayList<>();
        List<Object[]> creditRows = new ArrayList<>();
        List<CustodyEvent> announced = new ArrayList<>();
        List<UUID> unannounced = new ArrayList<>();
        for (UUID id : ids) {
            PersonRecords r = records.get(id);
            Additions a = additions.get(id);
            for (SentenceRow s : a.sentences()) r = r.withSentence(s, false);
            for (CreditRow c : a.credits()) {
                if (CreditDays.taken(r.credits(), c.kind(), c.date())) {
                    String where = lines == null || lines.get(id) == null ? id.toString() : "line[" + lines.get(id) + "]";
                    problems.add(FieldProblem.of(where + ".date", CreditDays.CODE));
                }
                r = r.withCredit(c);
            }
            try {
                if (storeDates) computed.add(recomputer.compute(r));
                else recomputer.validate(r);
            } catch (ValidationException e) {
                String where = lines == null || lines.get(id) == null ? id.toString() : "line[" + lines.get(id) + "]";
                for (FieldProblem f : Recomputer.problems(e)) problems.add(FieldProblem.of(where + "." + f.field(), f.code()));
                continue;
            }
            String facility = SentencingService.facility(r);
            for (SentenceRow s : a.sentences()) {
                sentenceRows.add(new Object[] {s.sentenceId(), id, s.jurisdiction(), s.offenceCode(), s.classification(),
                        s.description(), s.years(), s.months(), s.days(), s.startDate(), s.offenceDate(), actor, at});
                announced.add(new SentenceRecorded(UUID.randomUUID(), id, s.sentenceId(), s.jurisdiction(), s.years(),
                        s.months(), s.days(), s.startDate(), facility, actor, at));
            }
            if (!announce && !a.credits().isEmpty()) unannounced.add(id);
            for (CreditRow c : a.credits()) {
                creditRows.add(new Object[] {c.creditId(), id, c.sentenceId(), c.kind(), c.date(), c.days(), c.hours(),
                        c.status(), c.document(), actor, at});
                if (announce) announced.add(new CreditRecorded(UUID.randomUUID(), id, c.creditId(), c.kind(), c.date(),
                        c.days(), c.hours(), c.status(), facility, actor, at));
            }
        }
        if (!problems.isEmpty()) throw ProblemException.invalid(Recomputer.INVALID, problems);
        template.batchUpdate("""
                insert into sentence_rev(sentence_id, person_id, jurisdiction, offence_code, offence_classification,
                  offence_description, term_years, term_months, term_days, start_date, offence_date, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", sentenceRows);
        template.batchUpdate("""
                insert into credit_rev(credit_id, person_id, sentence_id, kind, activity_date, days, hours, status, document,
                  recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", creditRows);
        template.batchUpdate("insert into credit_day(credit_id, person_id, kind, activity_date) values (?, ?, ?, ?)",
                creditRows.stream().map(c -> new Object[] {c[0], c[1], c[3], c[4]}).toList());
        store.write(computed, ReleaseDateEngine.VERSION, recomputer.ruleSetVersion(), at);
        if (!unannounced.isEmpty()) {
            announced.add(new CreditsRecordedInBulk(UUID.randomUUID(), creditRows.size(), unannounced, actor, at));
        }
        if (!announced.isEmpty()) events.publishEvent(new CustodyEventBatch(announced));
        return sentenceRows.size() + creditRows.size();
    }
}
