package org.custos.registry.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes validated admissions with JDBC batch inserts (one statement per table per batch). */
@Component
class AdmissionWriter {

    private static final int CHUNK = 1000;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AdmissionWriter(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Must run inside a transaction. */
    void write(List<PlannedAdmission> all, String actor, OffsetDateTime now) {
        List<PlannedAdmission> fresh = all.stream().filter(PlannedAdmission::newPerson).toList();
        List<PlannedAdmission> again = all.stream().filter(a -> !a.newPerson()).toList();
        jdbc.batchUpdate("""
                insert into person(id, booking_number, given_names, first_surname, second_surname, sex, date_of_birth,
                  nationality, search_name, sort_name, legal_status, held_for_state, facility_code, held,
                  current_admission_id, admitted_at, created_at, created_by, updated_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,true,?,?,?,?,?)""", fresh, CHUNK, (ps, a) -> {
            var p = a.request().person();
            ps.setObject(1, a.personId());
            ps.setString(2, a.bookingNumber());
            ps.setString(3, p.givenNames().trim());
            ps.setString(4, p.firstSurname().trim());
            ps.setString(5, Fields.trimToNull(p.secondSurname()));
            ps.setString(6, p.sex().name());
            ps.setObject(7, p.dateOfBirth());
            ps.setString(8, p.nationality());
            ps.setString(9, a.searchName());
            ps.setString(10, a.sortName());
            status(ps, 11, a.request());
            ps.setString(13, a.request().facilityCode());
            ps.setObject(14, a.admissionId());
            ps.setObject(15, utc(a.request().admittedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(16, now, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(17, actor);
            ps.setObject(18, now, Types.TIMESTAMP_WITH_TIMEZONE);
        });
        record Alias(PlannedAdmission a, int position, String alias) {
        }
        record Doc(PlannedAdmission a, int position, IdentityDocument d) {
        }
        List<Alias> aliases = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        for (PlannedAdmission a : fresh) {
            List<String> names = a.request().person().aliases();
            for (int i = 0; i < names.size(); i++) {
                aliases.add(new Alias(a, i, names.get(i).trim()));
            }
            for (int i = 0; i < a.documents().size(); i++) {
                docs.add(new Doc(a, i, a.documents().get(i)));
            }
        }
        jdbc.batchUpdate("insert into person_alias(person_id, position, alias) values (?,?,?)", aliases, CHUNK,
                (ps, x) -> {
                    ps.setObject(1, x.a().personId());
                    ps.setInt(2, x.position());
                    ps.setString(3, x.alias());
                });
        jdbc.batchUpdate("""
                insert into identity_document(id, person_id, position, type, number, issuing_country, description)
                values (?,?,?,?,?,?,?)""", docs, CHUNK, (ps, x) -> {
            ps.setObject(1, java.util.UUID.randomUUID());
            ps.setObject(2, x.a().personId());
            ps.setInt(3, x.position());
            ps.setString(4, x.d().type().name());
            ps.setString(5, x.d().number());
            ps.setString(6, x.d().issuingCountry());
            ps.setString(7, x.d().description());
        });
        readmit(again, now);
        admissions(all, actor, now);
        statuses(all, actor, now);
    }

    private void readmit(List<PlannedAdmission> again, OffsetDateTime now) {
        int[][] counts = jdbc.batchUpdate("""
                update person set held = true, legal_status = ?, held_for_state = ?, facility_code = ?,
                  current_admission_id = ?, admitted_at = ?, updated_at = ?
                where id = ? and not held""", again, CHUNK, (ps, a) -> {
            status(ps, 1, a.request());
            ps.setString(3, a.request().facilityCode());
            ps.setObject(4, a.admissionId());
            ps.setObject(5, utc(a.request().admittedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(6, now, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(7, a.personId());
        });
        for (int[] chunk : counts) {
            for (int n : chunk) {
                if (n == 0) {
                    throw ProblemException.conflict("registry.already-held",
                            FieldProblem.of("existingPersonId", "registry.already-held"));
                }
            }
        }
    }

    private void admissions(List<PlannedAdmission> all, String actor, OffsetDateTime now) {
        jdbc.batchUpdate("""
                insert into admission(id, person_id, facility_code, admitted_at, arrested_at, arrest_place,
                  visible_injuries, ill_treatment_complaints, property, family, emergency_name,
                  emergency_relationship, emergency_phone, order_issuing_authority, order_court, order_case_number,
                  order_legal_basis, order_issued_on, order_document_sha256, recorded_at, recorded_by)
                values (?,?,?,?,?,?,?,?,cast(? as jsonb),cast(? as jsonb),?,?,?,?,?,?,?,?,?,?,?)""", all, CHUNK,
                (ps, a) -> {
                    AdmissionRequest r = a.request();
                    CommitmentOrder o = r.commitmentOrder();
                    ps.setObject(1, a.admissionId());
                    ps.setObject(2, a.personId());
                    ps.setString(3, r.facilityCode());
                    ps.setObject(4, utc(r.admittedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(5, utc(r.arrestedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(6, r.arrestPlace().trim());
                    ps.setString(7, r.visibleInjuries().trim());
                    ps.setString(8, r.illTreatmentComplaints().trim());
                    ps.setString(9, json.writeValueAsString(r.property()));
                    ps.setString(10, json.writeValueAsString(r.family()));
                    ps.setString(11, r.emergencyContact().name().trim());
                    ps.setString(12, Fields.trimToNull(r.emergencyContact().relationship()));
                    ps.setString(13, r.emergencyContact().phone().trim());
                    ps.setString(14, o.issuingAuthority().trim());
                    ps.setString(15, o.court().trim());
                    ps.setString(16, o.caseNumber().trim());
                    ps.setString(17, o.legalBasis().trim());
                    ps.setObject(18, o.issuedOn());
                    ps.setString(19, o.documentSha256().toLowerCase(java.util.Locale.ROOT));
                    ps.setObject(20, now, Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(21, actor);
                });
    }

    private void statuses(List<PlannedAdmission> all, String actor, OffsetDateTime now) {
        jdbc.batchUpdate("""
                insert into legal_status(id, person_id, admission_id, kind, decree_number, held_for_state,
                  effective_at, basis, document_sha256, recorded_at, recorded_by)
                values (?,?,?,?,?,?,?,?,?,?,?)""", all, CHUNK, (ps, a) -> {
            AdmissionRequest r = a.request();
            ps.setObject(1, a.statusId());
            ps.setObject(2, a.personId());
            ps.setObject(3, a.admissionId());
            ps.setString(4, r.legalStatus().kind().name());
            ps.setString(5, decree(r));
            ps.setString(6, heldFor(r));
            ps.setObject(7, utc(r.admittedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(8, r.commitmentOrder().legalBasis().trim());
            ps.setString(9, r.commitmentOrder().documentSha256().toLowerCase(java.util.Locale.ROOT));
            ps.setObject(10, now, Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(11, actor);
        });
    }

    private static void status(PreparedStatement ps, int index, AdmissionRequest r) throws SQLException {
        ps.setString(index, r.legalStatus().kind().name());
        ps.setString(index + 1, heldFor(r));
    }

    static String heldFor(AdmissionRequest r) {
        return r.legalStatus().kind() == LegalStatusKind.HELD_FOR_ANOTHER_STATE ? r.legalStatus().heldForState() : null;
    }

    static String decree(AdmissionRequest r) {
        return r.legalStatus().kind() == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION
                ? r.legalStatus().decreeNumber().trim() : null;
    }

    static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
