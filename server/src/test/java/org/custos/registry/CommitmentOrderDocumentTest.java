package org.custos.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored commitment order is handed out only to callers who can see a person admitted under it. */
@CustosTest
class CommitmentOrderDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyCallersWhoSeeAPersonAdmittedUnderTheOrderMayDownloadIt() {
        String facility = RegistryFixtures.facility(facilities);
        String other = RegistryFixtures.facility(facilities);
        byte[] pdf = ("%PDF-1.4\n%" + TestData.unique() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String sha = documents.store(pdf, "application/pdf", "test").sha256();
        AdmissionRequest base = RegistryFixtures.admission(facility);
        CommitmentOrder o = base.commitmentOrder();
        AdmissionRequest request = new AdmissionRequest(null, base.person(), facility, base.admittedAt(),
                new CommitmentOrder(o.issuingAuthority(), o.court(), o.caseNumber(), o.legalBasis(), o.issuedOn(), sha),
                base.legalStatus(), base.arrestedAt(), base.arrestPlace(), base.visibleInjuries(),
                base.illTreatmentComplaints(), base.property(), base.family(), base.emergencyContact());
        Admitted admitted = admissions.admit(request, "test");
        String path = "/api/v1/commitment-orders/documents/" + sha;

        Api.Response mine = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null)).get(path);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("application/pdf");
        assertThat(mine.body()).startsWith("%PDF-1.4");
        assertThat(mine.header("Content-Disposition")).startsWith("attachment");
        assertThat(jdbc.sql("select count(*) from file_access where person_id = :p and purpose like 'Documento%'")
                .param("p", admitted.personId()).query(Long.class).single()).isEqualTo(1);

        for (String caller : List.of(users.with(Role.CUSTODY_OFFICER, Set.of(other), null),
                users.with(Role.LIAISON, Set.of(), "GT"))) {
            Api.Response refused = Api.as(port, caller).get(path);
            assertThat(refused.status()).as(caller).isEqualTo(404);
            assertThat(refused.body()).contains("registry.not-found").doesNotContain("%PDF");
        }
        assertThat(Api.as(port, users.with(Role.MONITOR)).get(path).status()).isEqualTo(200);
        assertThat(Api.as(port, users.with(Role.LIAISON, Set.of(), "SV")).get(path).status()).isEqualTo(200);

        String unreferenced = documents.store(("%PDF-1.4\n%" + TestData.unique()).getBytes(StandardCharsets.US_ASCII),
                "application/pdf", "test").sha256();
        Api monitor = Api.as(port, users.with(Role.MONITOR));
        assertThat(monitor.get("/api/v1/commitment-orders/documents/" + unreferenced).status()).isEqualTo(404);
        assertThat(monitor.get("/api/v1/commitment-orders/documents/not-a-hash").status()).isEqualTo(404);
        assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
    }
}
