package org.custos.agreements.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.agreements.internal.AgreementService;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The intake tables: the agreement's lock, the persons held under it now, and the manifest with its decisions. */
@Component
class IntakeStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Registry registry;
    private final JsonMapper json;

    IntakeStore(JdbcClient jdbc, JdbcTemplate batch, Registry registry, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.registry = registry;
        this.json = json;
    }

    /** The agreement's row lock, until the transaction ends: one intake (or amendment) at a time per agreement. */
    void lock(UUID agreement) {
        jdbc.sql("select id from agreement where id = :a for update").param("a", agreement).query(UUID.class).single();
    }

    /** The persons accepted under the agreement whom the registry holds now. */
    int heldNow(UUID agreement) {
        List<UUID> accepted = jdbc.sql("select person_id from intake_decision where agreement_id = :a and decision = 'ACCEPTED'")
                .param("a", agreement).query(UUID.class).list();
        return (int) accepted.stream()
                .filter(p -> registry.find(p, null).map(PersonSummary::held).orElse(false)).count();
    }

    void write(IntakeService.Result r, Manifest m, AgreementService.Version v, String source, String actor,
               OffsetDateTime at) {
        jdbc.sql("""
                insert into intake_manifest(id, agreement_id, agreement_version_id, rules_version, flight, facility_code,
                  arrived_at, source, persons, accepted, refused, places, held_before, submitted_by, submitted_at)
                values (:id, :a, :v, :rules, :flight, :facility, :arrived, :source, :persons, :accepted, :refused, :places,
                  :held, :by, :at)""")
                .param("id", r.manifestId()).param("a", r.agreementId()).param("v", v.id())
                .param("rules", v.terms().eligibility().version()).param("flight", m.flight().trim())
                .param("facility", m.facilityCode()).param("arrived", m.arrivedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC))
                .param("source", source).param("persons", r.rows().size()).param("accepted", (int) r.accepted())
                .param("refused", (int) r.refused()).param("places", r.places()).param("held", r.heldBefore())
                .param("by", actor).param("at", at).update();
        List<Object[]> rows = new ArrayList<>(r.rows().size());
        for (Decided d : r.rows()) {
            Manifest.Person p = d.person();
            Manifest.Judgment j = p.judgment();
            rows.add(new Object[] {UUID.randomUUID(), r.manifestId(), r.agreementId(), d.row(), p.givenNames().trim(),
                    p.firstSurname().trim(), blankToNull(p.secondSurname()), p.sex(), p.dateOfBirth(), p.nationality(),
                    p.documentType(), p.documentNumber().trim(), blankToNull(p.documentCountry()), p.status(),
                    j == null ? null : j.court(), j == null ? null : j.caseNumber(), j == null ? null : blankToNull(j.sentence()),
                    j == null ? null : j.date(), j == null ? null : blankToNull(j.documentSha256()) == null ? null
                    : j.documentSha256().trim().toLowerCase(), p.sentenceEnd(), d.accepted() ? "ACCEPTED" : "REFUSED", d.rule(), d.reason(),
                    d.detail(), json.writeValueAsString(d.refusals()), d.personId(), d.admissionId(), d.returnDate(),
                    d.heldUntil(), actor, at});
        }
        batch.batchUpdate("""
                insert into intake_decision(id, manifest_id, agreement_id, row_number, given_names, first_surname,
                  second_surname, sex, date_of_birth, nationality, document_type, document_number, document_country, status,
                  court, case_number, sentence, judgment_date, document_sha256, sentence_end, decision, rule, reason, detail,
                  refusals, person_id, admission_id, return_date, held_until, decided_by, decided_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,cast(? as jsonb),?,?,?,?,?,?)""", rows);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
