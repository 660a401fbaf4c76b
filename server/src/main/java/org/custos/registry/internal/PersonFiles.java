package org.custos.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.custos.registry.PersonFile;
import org.custos.shared.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Loads persons and their whole file; a person outside the caller's scope is not found. */
@Component
class PersonFiles {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonFiles(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PersonRow> find(UUID id) {
        return jdbc.sql("select " + PersonRow.COLUMNS + " from person p where p.id = :id").param("id", id)
                .query(PersonRow::map).optional();
    }

    /** The person, locked for update, if the caller may see it; otherwise 404 registry.not-found. */
    PersonRow visibleForUpdate(UUID id, CurrentUser caller) {
        return jdbc.sql("select " + PersonRow.COLUMNS + " from person p where p.id = :id for update").param("id", id)
                .query(PersonRow::map).optional().filter(p -> Scope.visible(caller, p))
                .orElseThrow(() -> ProblemException.notFound("registry.not-found"));
    }

    PersonRow visible(UUID id, CurrentUser caller) {
        return find(id).filter(p -> Scope.visible(caller, p))
                .orElseThrow(() -> ProblemException.notFound("registry.not-found"));
    }

    PersonFile load(PersonRow p) {
        List<String> aliases = jdbc.sql("select alias from person_alias where person_id = :id order by position")
                .param("id", p.id()).query(String.class).list();
        List<IdentityDocument> documents = jdbc.sql("""
                select type, number, issuing_country, description from identity_document
                where person_id = :id order by position""").param("id", p.id())
                .query((rs, n) -> new IdentityDocument(DocumentType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
        PersonDetails identity = new PersonDetails(p.givenNames(), p.firstSurname(), p.secondSurname(), aliases,
                p.sex(), p.dateOfBirth(), p.nationality(), documents);
        return new PersonFile(p.id(), p.bookingNumber(), identity, p.legalStatus(), p.heldForState(),
                p.facilityCode(), p.held(), admissions(p.id()), statuses(p.id()), releases(p.id()),
                corrections(p.id()));
    }

    private List<PersonFile.AdmissionRecord> admissions(UUID personId) {
        return jdbc.sql("""
                select id, facility_code, admitted_at, order_issuing_authority, order_court, order_case_number,
                  order_legal_basis, order_issued_on, order_document_sha256, arrested_at, arrest_place,
                  visible_injuries, ill_treatment_complaints, property, family, emergency_name,
                  emergency_relationship, emergency_phone, recorded_at, recorded_by
                from admission where person_id = :id order by admitted_at, recorded_at""").param("id", personId)
                .query((rs, n) -> new PersonFile.AdmissionRecord(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class),
                        new CommitmentOrder(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getObject(8, LocalDate.class), rs.getString(9)),
                        rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getString(12), rs.getString(13),
                        json.readValue(rs.getString(14), new TypeReference<List<AdmissionRequest.PropertyItem>>() { }),
                        json.readValue(rs.getString(15), new TypeReference<List<AdmissionRequest.FamilyMember>>() { }),
                        new AdmissionRequest.EmergencyContact(rs.getString(16), rs.getString(17), rs.getString(18)),
                        rs.getObject(19, OffsetDateTime.class), rs.getString(20))).list();
    }

    List<PersonFile.LegalStatusEntry> statuses(UUID personId) {
        return jdbc.sql("""
                select id, admission_id, kind, decree_number, held_for_state, effective_at, basis, document_sha256,
                  recorded_at, recorded_by from legal_status where person_id = :id order by effective_at, recorded_at""")
                .param("id", personId)
                .query((rs, n) -> new PersonFile.LegalStatusEntry(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), LegalStatusKind.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getString(10))).list();
    }

    private List<PersonFile.ReleaseRecord> releases(UUID personId) {
        return jdbc.sql("""
                select id, admission_id, legal_basis, authority, released_at, destination, recorded_at, recorded_by
                from person_release where person_id = :id order by released_at""").param("id", personId)
                .query((rs, n) -> new PersonFile.ReleaseRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8))).list();
    }

    private List<PersonFile.CorrectionEntry> corrections(UUID personId) {
        return jdbc.sql("""
                select id, field, old_value, new_value, reason, corrected_at, corrected_by
                from correction where person_id = :id order by corrected_at, id""").param("id", personId)
                .query((rs, n) -> new PersonFile.CorrectionEntry(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7))).list();
    }
}
