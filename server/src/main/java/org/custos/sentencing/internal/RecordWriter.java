package org.custos.sentencing.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.sentencing.internal.PersonRecords.IntervalRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends revisions; never updates or deletes a record. */
@Component
class RecordWriter {

    private final JdbcClient jdbc;

    RecordWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void sentence(UUID personId, SentenceRow s, boolean isVoid, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into sentence_rev(sentence_id, person_id, jurisdiction, offence_code, offence_classification,
                  offence_description, term_years, term_months, term_days, start_date, offence_date, relation, related_to,
                  void, reason, recorded_by, recorded_at)
                values (:sid, :pid, :jur, :code, :cls, :descr, :y, :m, :d, :start, :offence, :rel, :relTo, :void, :reason,
                  :by, :at)""")
                .param("sid", s.sentenceId()).param("pid", personId).param("jur", s.jurisdiction())
                .param("code", s.offenceCode()).param("cls", s.classification()).param("descr", s.description())
                .param("y", s.years()).param("m", s.months()).param("d", s.days()).param("start", s.startDate())
                .param("offence", s.offenceDate()).param("rel", s.relation()).param("relTo", s.relatedTo())
                .param("void", isVoid).param("reason", s.reason()).param("by", actor).param("at", at).update();
    }

    void interval(UUID personId, IntervalRow i, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into custody_interval_rev(interval_id, person_id, sentence_id, from_date, to_date, document,
                  recorded_by, recorded_at) values (:id, :pid, :sid, :from, :to, :doc, :by, :at)""")
                .param("id", i.intervalId()).param("pid", personId).param("sid", i.sentenceId()).param("from", i.from())
                .param("to", i.to()).param("doc", i.document()).param("by", actor).param("at", at).update();
    }

    void credit(UUID personId, CreditRow c, String reason, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into credit_rev(credit_id, person_id, sentence_id, kind, activity_date, days, hours, status, document,
                  revocation_date, revocation_reason, reason, recorded_by, recorded_at)
                values (:id, :pid, :sid, :kind, :date, :days, :hours, :status, :doc, :rdate, :rreason, :reason, :by, :at)""")
                .param("id", c.creditId()).param("pid", personId).param("sid", c.sentenceId()).param("kind", c.kind())
                .param("date", c.date()).param("days", c.days()).param("hours", c.hours()).param("status", c.status())
                .param("doc", c.document()).param("rdate", c.revocationDate()).param("rreason", c.revocationReason())
                .param("reason", reason).param("by", actor).param("at", at).update();
    }

    void disallowance(UUID personId, PersonRecords.DisallowanceRow d, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into disallowance_rev(disallowance_id, person_id, sentence_id, decided_on, days, reason, document,
                  recorded_by, recorded_at) values (:id, :pid, :sid, :date, :days, :reason, :doc, :by, :at)""")
                .param("id", d.disallowanceId()).param("pid", personId).param("sid", d.sentenceId())
                .param("date", d.date()).param("days", d.days()).param("reason", d.reason()).param("doc", d.document())
                .param("by", actor).param("at", at).update();
    }

    void flags(UUID personId, String flags, String reason, String actor, OffsetDateTime at) {
        jdbc.sql("insert into person_flags_rev(person_id, flags, reason, recorded_by, recorded_at)"
                        + " values (:pid, :flags, :reason, :by, :at)")
                .param("pid", personId).param("flags", flags).param("reason", reason).param("by", actor).param("at", at)
                .update();
    }

    void pretrial(UUID personId, PersonRecords.PretrialRow p, String reason, String actor, OffsetDateTime at) {
        jdbc.sql("""
                insert into pretrial_rev(person_id, detention_start, classification, on_appeal, state_of_exception, reason,
                  recorded_by, recorded_at) values (:pid, :start, :cls, :appeal, :soe, :reason, :by, :at)""")
                .param("pid", personId).param("start", p.detentionStart()).param("cls", p.classification())
                .param("appeal", p.onAppeal()).param("soe", p.stateOfException()).param("reason", reason)
                .param("by", actor).param("at", at).update();
    }
}
