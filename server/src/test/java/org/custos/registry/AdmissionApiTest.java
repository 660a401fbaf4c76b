package org.custos.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Admissions through the REST API: what is accepted, what is refused (naming each field), what is written. */
@CustosTest
@Tag("database")
class AdmissionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    JdbcClient jdbc;

    String facility;
    Api clerk;

    @BeforeEach
    void setUp() {
        facility = RegistryFixtures.facility(facilities);
        clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
    }

    @Test
    void anAdmissionIsReadBackWholeAndLeavesExactlyOneOutboxRow() {
        AdmissionRequest request = RegistryFixtures.admission(facility);
        Api.Response created = clerk.post("/api/v1/admissions", Api.json(request));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String personId = created.json().get("personId").asString();
        assertThat(created.json().get("bookingNumber").asString()).matches("SV-\\d{4}-\\d{6,}");
        assertThat(jdbc.sql("select count(*) from event_outbox where subject_id = :p and event_type = 'PersonAdmitted'")
                .param("p", UUID.fromString(personId)).query(Long.class).single()).isEqualTo(1);

        JsonNode file = clerk.get("/api/v1/persons/" + personId + "?purpose=admission%20check").json();
        assertThat(file.get("identity").get("givenNames").asString()).isEqualTo("José Antonio");
        assertThat(file.get("identity").get("documents").get(0).get("number").asString())
                .isEqualTo(request.person().documents().getFirst().number());
        assertThat(file.get("legalStatus").asString()).isEqualTo("UNTRIED");
        JsonNode admission = file.get("admissions").get(0);
        assertThat(admission.get("commitmentOrder").get("caseNumber").asString())
                .isEqualTo(request.commitmentOrder().caseNumber());
        assertThat(admission.get("family").get(0).get("carer").asString()).isEqualTo("María Pérez (abuela)");
        assertThat(admission.get("property").get(0).get("description").asString()).isEqualTo("Reloj");
        assertThat(admission.get("emergencyContact").get("phone").asString()).isEqualTo("+503 7000-0000");
        assertThat(file.get("legalStatusHistory")).hasSize(1);
    }

    @Test
    void aRefusedAdmissionNamesEveryFieldAndWritesNothing() {
        long outbox = count("event_outbox");
        long persons = count("person");
        AdmissionRequest valid = RegistryFixtures.admission(facility);
        PersonDetails p = valid.person();
        PersonDetails bad = new PersonDetails(p.givenNames(), "", null, List.of(), p.sex(), p.dateOfBirth(), "XX",
                List.of(new IdentityDocument(DocumentType.DUI, "04567890-0", "SV", null)));
        AdmissionRequest request = new AdmissionRequest(null, bad, facility, RegistryFixtures.daysAgo(-1), null,
                valid.legalStatus(), valid.arrestedAt(), valid.arrestPlace(), valid.visibleInjuries(),
                valid.illTreatmentComplaints(), valid.property(), valid.family(), valid.emergencyContact());
        Api.Response refused = clerk.inEnglish().post("/api/v1/admissions", Api.json(request));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("registry.validation");
        assertThat(fields(refused)).containsExactlyInAnyOrder("person.firstSurname", "person.nationality",
                "person.documents[0].number", "admittedAt", "commitmentOrder");
        assertThat(messages(refused)).anyMatch(m -> m.contains("check digit"));
        assertThat(count("event_outbox")).isEqualTo(outbox);
        assertThat(count("person")).isEqualTo(persons);
    }

    @Test
    void aCommitmentOrderNeedsEveryPart() {
        AdmissionRequest valid = RegistryFixtures.admission(facility);
        AdmissionRequest request = new AdmissionRequest(null, valid.person(), facility, valid.admittedAt(),
                new CommitmentOrder(" ", null, "", "x", RegistryFixtures.daysAgo(-3).toLocalDate(), "abc"),
                valid.legalStatus(), valid.admittedAt().plusHours(1), valid.arrestPlace(), valid.visibleInjuries(),
                valid.illTreatmentComplaints(), valid.property(), valid.family(), valid.emergencyContact());
        Api.Response refused = clerk.post("/api/v1/admissions", Api.json(request));
        assertThat(fields(refused)).containsExactlyInAnyOrder("commitmentOrder.issuingAuthority",
                "commitmentOrder.court", "commitmentOrder.caseNumber", "commitmentOrder.issuedOn",
                "commitmentOrder.documentSha256", "arrestedAt");
    }

    @Test
    void namesWithSqlAndHtmlAreStoredAndReturnedExactly() {
        String sql = "Robert'); DROP TABLE person;--";
        String html = "<script>alert(1)</script>";
        AdmissionRequest request = RegistryFixtures.admission(facility,
                RegistryFixtures.person(html, "O'Brien", sql, "IE"));
        Api.Response created = clerk.post("/api/v1/admissions", Api.json(request));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode identity = clerk.get("/api/v1/persons/" + created.json().get("personId").asString()
                + "?purpose=test").json().get("identity");
        assertThat(identity.get("givenNames").asString()).isEqualTo(html);
        assertThat(identity.get("firstSurname").asString()).isEqualTo("O'Brien");
        assertThat(identity.get("secondSurname").asString()).isEqualTo(sql);
        JsonNode found = clerk.get("/api/v1/persons?q=o%27brien%20drop&facility=" + facility).json();
        assertThat(found.get("items").get(0).get("secondSurname").asString()).isEqualTo(sql);
        assertThat(clerk.get("/api/v1/persons?q=o%27brien&facility=" + facility).json().get("items").size())
                .isEqualTo(1); // the table was not dropped and holds exactly the one person of that name here
    }

    @Test
    void aPersonHeldNowCannotBeAdmittedAgainButMayBeAfterRelease() {
        String personId = clerk.post("/api/v1/admissions", Api.json(RegistryFixtures.admission(facility)))
                .json().get("personId").asString();
        String again = Api.json(RegistryFixtures.readmission(UUID.fromString(personId), facility));
        Api.Response refused = clerk.post("/api/v1/admissions", again);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("registry.already-held");
        Api.Response released = clerk.post("/api/v1/persons/" + personId + "/release", Api.json(Map.of(
                "legalBasis", "Sobreseimiento definitivo", "authority", "Juzgado 2.º de Instrucción",
                "releasedAt", RegistryFixtures.daysAgo(1).toString(), "destination", "Domicilio familiar")));
        assertThat(released.status()).as(released.body()).isEqualTo(201);
        Api.Response readmitted = clerk.post("/api/v1/admissions", again);
        assertThat(readmitted.status()).as(readmitted.body()).isEqualTo(201);
        assertThat(readmitted.json().get("personId").asString()).isEqualTo(personId);
        assertThat(clerk.get("/api/v1/persons/" + personId + "?purpose=t").json().get("admissions")).hasSize(2);
    }

    @Test
    void aDocumentBelongsToOnePersonOnly() {
        AdmissionRequest first = RegistryFixtures.admission(facility);
        assertThat(clerk.post("/api/v1/admissions", Api.json(first)).status()).isEqualTo(201);
        AdmissionRequest second = RegistryFixtures.admission(facility, first.person());
        Api.Response refused = clerk.post("/api/v1/admissions", Api.json(second));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("person.documents[0].number");
    }

    @Test
    void malformedUnknownAndOversizedJsonIsRefused() {
        Api.Response malformed = clerk.post("/api/v1/admissions", "{\"person\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("request.malformed");
        Api.Response badDate = clerk.post("/api/v1/admissions", "{\"admittedAt\": \"yesterday\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fields(badDate)).containsExactly("admittedAt");
        String huge = "{\"arrestPlace\": \"" + "x".repeat(1_100_000) + "\"}";
        Api.Response tooLarge = clerk.post("/api/v1/admissions", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("request.too-large");
    }

    @Test
    void orderDocumentsAreStoredByTheirHash() {
        byte[] pdf = ("%PDF-1.4 order " + UUID.randomUUID()).getBytes();
        Api.Response stored = clerk.send("POST", "/api/v1/commitment-orders/documents", "application/pdf", pdf);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String sha = stored.json().get("sha256").asString();
        assertThat(sha).matches("[0-9a-f]{64}");
        assertThat(clerk.send("POST", "/api/v1/commitment-orders/documents", "application/pdf", pdf).json()
                .get("sha256").asString()).isEqualTo(sha);
        Api.Response html = clerk.send("POST", "/api/v1/commitment-orders/documents", "application/pdf",
                "<html>".getBytes());
        assertThat(html.status()).isEqualTo(422);
        assertThat(fields(html)).containsExactly("file");
        String boundary = "b0undary";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"o.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 multipart " + UUID.randomUUID() + "\r\n--" + boundary
                + "--\r\n").getBytes();
        Api.Response viaForm = clerk.send("POST", "/api/v1/commitment-orders/documents",
                "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(viaForm.status()).as(viaForm.body()).isEqualTo(201);
        byte[] tooBig = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(), 0, tooBig, 0, 5);
        assertThat(clerk.send("POST", "/api/v1/commitment-orders/documents", "application/pdf", tooBig).status())
                .isEqualTo(413);
    }

    @Test
    void bulkAndCsvReportOneOutcomePerElement() {
        AdmissionRequest good = RegistryFixtures.admission(facility);
        AdmissionRequest bad = RegistryFixtures.admission("NO-SUCH");
        Api.Response bulk = clerk.post("/api/v1/admissions/bulk", Api.json(List.of(good, bad)));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(bulk.json().get(0).get("admitted").get("bookingNumber").asString()).startsWith("SV-");
        assertThat(bulk.json().get(1).get("problems").get(0).get("field").asString()).isEqualTo("facilityCode");

        String header = "given_names,first_surname,second_surname,aliases,sex,date_of_birth,nationality,document_type,"
                + "document_number,facility_code,admitted_at,arrested_at,arrest_place,visible_injuries,"
                + "ill_treatment_complaints,legal_status,decree_number,order_issuing_authority,order_court,"
                + "order_case_number,order_legal_basis,order_issued_on,order_document_sha256,emergency_name,"
                + "emergency_phone,property\n";
        String at = RegistryFixtures.daysAgo(1).toString();
        String row = "\"Ana, María\",Núñez,,La Flaca|Nena,FEMALE,1995-02-03,SV,DUI," + RegistryFixtures.dui() + ","
                + facility + "," + at + "," + at + ",Ilopango,Ninguna,Ninguna,ADMINISTRATIVE_STATE_OF_EXCEPTION,"
                + "D.L. 333,PNC,Juzgado de Paz,EXP-1,Régimen de excepción,2026-01-01," + RegistryFixtures.SHA
                + ",Rosa Núñez,+503 7111-2222,Cadena:1|Zapatos:2\n";
        String badRow = "Luis,Peña,,,MALE,not-a-date,SV,,," + facility + "," + at + "," + at
                + ",X,Ninguna,Ninguna,UNTRIED,,PNC,J,E,B,2026-01-01," + RegistryFixtures.SHA + ",R,+503 7111-2222,\n";
        Api.Response csv = clerk.send("POST", "/api/v1/admissions/import", "text/csv",
                (header + row + badRow).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.json().get(0).get("admitted")).as(csv.body()).isNotNull();
        assertThat(csv.json().get(1).get("problems").get(0).get("field").asString()).isEqualTo("person.dateOfBirth");
        String id = csv.json().get(0).get("admitted").get("personId").asString();
        JsonNode file = clerk.get("/api/v1/persons/" + id + "?purpose=csv").json();
        assertThat(file.get("identity").get("givenNames").asString()).isEqualTo("Ana, María");
        assertThat(file.get("identity").get("aliases")).hasSize(2);
        assertThat(file.get("legalStatusHistory").get(0).get("decreeNumber").asString()).isEqualTo("D.L. 333");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static List<String> fields(Api.Response r) {
        JsonNode errors = r.json().get("errors");
        return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
    }

    static List<String> messages(Api.Response r) {
        return r.json().get("errors").valueStream().map(e -> e.get("message").asString()).toList();
    }
}
