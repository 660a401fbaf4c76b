package org.custos.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The one search box finds a person by name, by a document written as people write it, or by booking number. */
@CustosTest
class SearchBoxApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;

    @Test
    void theMainBoxFindsNamesDocumentsWithOrWithoutTheDashAndBookingNumbers() {
        String facility = RegistryFixtures.facility(facilities);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String dui = RegistryFixtures.dui();
        AdmissionRequest request = RegistryFixtures.admission(facility, new PersonDetails("Ana Lucía", "Quintanilla",
                "Ávalos", List.of(), Sex.FEMALE, LocalDate.of(1991, 3, 12), "SV",
                List.of(new IdentityDocument(DocumentType.DUI, dui, "SV", null))));
        Api.Response response = clerk.post("/api/v1/admissions", Api.json(request));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode created = response.json();
        String booking = created.get("bookingNumber").asString();
        String id = created.get("personId").asString();

        for (String typed : List.of(dui, dui.replace("-", ""), dui.replace("-", " "), " " + dui + " ",
                booking, booking.toLowerCase(), "quintanilla avalos")) {
            JsonNode found = clerk.get("/api/v1/persons?facility=" + facility + "&q="
                    + URLEncoder.encode(typed, StandardCharsets.UTF_8)).json();
            assertThat(found.get("items")).as("q=" + typed).hasSize(1);
            assertThat(found.get("items").get(0).get("personId").asString()).as("q=" + typed).isEqualTo(id);
        }
        JsonNode byDocument = clerk.get("/api/v1/persons?document=" + dui.replace("-", "")).json();
        assertThat(byDocument.get("items")).hasSize(1);
        assertThat(clerk.get("/api/v1/persons?facility=" + facility + "&q=" + dui.replace("-", "").substring(1))
                .json().get("items")).as("part of a number is no number").isEmpty();
    }

    @Test
    void nationalityNarrowsASearchAndAFacilityListIsAListWithoutAnyText() {
        String facility = RegistryFixtures.facility(facilities);
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        for (String nationality : List.of("SV", "US", "GT")) {
            AdmissionRequest request = RegistryFixtures.admission(facility, new PersonDetails("Ana", "Quintanilla",
                    null, List.of(), Sex.FEMALE, LocalDate.of(1991, 3, 12), nationality, List.of()));
            assertThat(clerk.post("/api/v1/admissions", Api.json(request)).status()).isEqualTo(201);
        }
        JsonNode us = clerk.get("/api/v1/persons?facility=" + facility + "&nationality=us").json();
        assertThat(us.get("items")).hasSize(1);
        assertThat(us.get("items").get(0).get("nationality").asString()).isEqualTo("US");
        assertThat(clerk.get("/api/v1/persons?facility=" + facility).json().get("items"))
                .as("no text: every person of the facility").hasSize(3);
    }
}
