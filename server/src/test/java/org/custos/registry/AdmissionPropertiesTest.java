package org.custos.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.Properties;
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

/**
 * Properties over random admissions (seeded; replay with {@code -Dcustos.seed=}): valid ones are
 * accepted and read back exactly; one corrupted field is refused naming that field, writing nothing.
 */
@CustosTest
@Tag("database")
class AdmissionPropertiesTest {

    private static final String[] COUNTRIES = {"SV", "US", "GT", "HN", "NI", "MX", "VE", "CO", "IE", "ES"};

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
    void randomValidAdmissionsAreAcceptedAndReadBackExactly() {
        Properties.forAll(20260105L, 25, this::validAdmission, request -> {
            Api.Response created = clerk.post("/api/v1/admissions", Api.json(request));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            JsonNode file = clerk.get("/api/v1/persons/" + created.json().get("personId").asString()
                    + "?purpose=property").json();
            PersonDetails sent = request.person();
            JsonNode got = file.get("identity");
            assertThat(got.get("givenNames").asString()).isEqualTo(sent.givenNames());
            assertThat(got.get("firstSurname").asString()).isEqualTo(sent.firstSurname());
            assertThat(got.path("secondSurname").isMissingNode() ? null : got.get("secondSurname").asString())
                    .isEqualTo(sent.secondSurname());
            assertThat(got.get("dateOfBirth").asString()).isEqualTo(sent.dateOfBirth().toString());
            assertThat(got.get("nationality").asString()).isEqualTo(sent.nationality());
            assertThat(got.get("aliases").valueStream().map(JsonNode::asString).toList()).isEqualTo(sent.aliases());
            assertThat(got.get("documents").get(0).get("number").asString())
                    .isEqualTo(sent.documents().getFirst().number());
            assertThat(file.get("legalStatus").asString()).isEqualTo(request.legalStatus().kind().name());
            assertThat(file.get("admissions").get(0).get("commitmentOrder").get("caseNumber").asString())
                    .isEqualTo(request.commitmentOrder().caseNumber());
        });
    }

    /** One way to spoil a valid admission, and the field that must be named. */
    record Corruption(String field, Function<AdmissionRequest, AdmissionRequest> spoil) {
    }

    @Test
    void aSingleCorruptedFieldIsRefusedByNameAndNothingIsWritten() {
        List<Corruption> corruptions = List.of(
                new Corruption("person.documents[0].number", r -> withPerson(r, p -> new PersonDetails(p.givenNames(),
                        p.firstSurname(), p.secondSurname(), p.aliases(), p.sex(), p.dateOfBirth(), p.nationality(),
                        List.of(new IdentityDocument(DocumentType.DUI, wrongDigit(RegistryFixtures.dui()), "SV", null))))),
                new Corruption("admittedAt", r -> copy(r, r.admittedAt().plusDays(5), r.commitmentOrder(), r.arrestedAt())),
                new Corruption("arrestedAt", r -> copy(r, r.admittedAt(), r.commitmentOrder(), r.arrestedAt().plusDays(9))),
                new Corruption("person.nationality", r -> withPerson(r, p -> new PersonDetails(p.givenNames(),
                        p.firstSurname(), p.secondSurname(), p.aliases(), p.sex(), p.dateOfBirth(), "QQ", p.documents()))),
                new Corruption("person.dateOfBirth", r -> withPerson(r, p -> new PersonDetails(p.givenNames(),
                        p.firstSurname(), p.secondSurname(), p.aliases(), p.sex(), LocalDate.now().plusDays(3),
                        p.nationality(), p.documents()))),
                new Corruption("commitmentOrder.caseNumber", r -> copy(r, r.admittedAt(), new CommitmentOrder(
                        r.commitmentOrder().issuingAuthority(), r.commitmentOrder().court(), null,
                        r.commitmentOrder().legalBasis(), r.commitmentOrder().issuedOn(),
                        r.commitmentOrder().documentSha256()), r.arrestedAt())),
                new Corruption("commitmentOrder.issuedOn", r -> copy(r, r.admittedAt(), new CommitmentOrder(
                        r.commitmentOrder().issuingAuthority(), r.commitmentOrder().court(),
                        r.commitmentOrder().caseNumber(), r.commitmentOrder().legalBasis(),
                        LocalDate.now().plusDays(2), r.commitmentOrder().documentSha256()), r.arrestedAt())));
        Properties.forAll(77L, 30, random -> {
            Corruption c = corruptions.get(random.nextInt(corruptions.size()));
            return new Object[] {c, c.spoil().apply(validAdmission(random))};
        }, input -> {
            Corruption c = (Corruption) input[0];
            long[] before = counts();
            Api.Response refused = clerk.post("/api/v1/admissions", Api.json(input[1]));
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(AdmissionApiTest.fields(refused)).as(c.field()).containsExactly(c.field());
            assertThat(counts()).isEqualTo(before);
        });
    }

    private AdmissionRequest validAdmission(Random r) {
        List<String> aliases = r.nextInt(3) == 0 ? List.of(RegistryFixtures.name(r)) : List.of();
        String nationality = COUNTRIES[r.nextInt(COUNTRIES.length)];
        IdentityDocument doc = r.nextBoolean() ? new IdentityDocument(DocumentType.DUI, RegistryFixtures.dui(), "SV", null)
                : new IdentityDocument(DocumentType.PASSPORT, "P" + RegistryFixtures.dui().replace("-", ""),
                nationality, null);
        PersonDetails person = new PersonDetails(RegistryFixtures.name(r), RegistryFixtures.name(r),
                r.nextBoolean() ? null : RegistryFixtures.name(r), aliases, r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28)), nationality, List.of(doc));
        LegalStatusKind kind = LegalStatusKind.values()[r.nextInt(LegalStatusKind.values().length)];
        var status = new AdmissionRequest.InitialLegalStatus(kind,
                kind == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION ? "D.L. " + (300 + r.nextInt(500)) : null,
                kind == LegalStatusKind.HELD_FOR_ANOTHER_STATE ? "US" : null);
        return RegistryFixtures.admission(facility, person, status);
    }

    private static String wrongDigit(String dui) {
        int d = dui.charAt(9) - '0';
        return dui.substring(0, 9) + (d + 1 + (int) (Math.random() * 9)) % 10;
    }

    private static AdmissionRequest withPerson(AdmissionRequest r, Function<PersonDetails, PersonDetails> change) {
        return new AdmissionRequest(null, change.apply(r.person()), r.facilityCode(), r.admittedAt(),
                r.commitmentOrder(), r.legalStatus(), r.arrestedAt(), r.arrestPlace(), r.visibleInjuries(),
                r.illTreatmentComplaints(), r.property(), r.family(), r.emergencyContact());
    }

    private static AdmissionRequest copy(AdmissionRequest r, java.time.OffsetDateTime admittedAt, CommitmentOrder order,
                                         java.time.OffsetDateTime arrestedAt) {
        return new AdmissionRequest(null, r.person(), r.facilityCode(), admittedAt, order, r.legalStatus(), arrestedAt,
                r.arrestPlace(), r.visibleInjuries(), r.illTreatmentComplaints(), r.property(), r.family(),
                r.emergencyContact());
    }

    private long[] counts() {
        return new long[] {count("person"), count("admission"), count("legal_status"), count("identity_document"),
                count("event_outbox")};
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
