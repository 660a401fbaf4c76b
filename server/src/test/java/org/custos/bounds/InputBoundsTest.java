package org.custos.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.housing.HousingFixtures;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bounds on dates, text, lists and body size, each refused with the field at fault (sentencing: SentencingBoundsTest). */
@CustosTest
@Tag("database")
class InputBoundsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void admissionDatesBefore1900OrInTheFutureAreRefused() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Map<String, Object> a = admission();
        a.put("admittedAt", "0001-01-01T00:00:00Z");
        a.put("arrestedAt", "0001-01-01T00:00:00Z");
        order(a).put("issuedOn", "0001-01-01");
        Api.Response r = clerk.post("/api/v1/admissions", Api.json(a));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertError(r, "admittedAt", "bounds.too-early");
        assertError(r, "arrestedAt", "bounds.too-early");
        assertError(r, "commitmentOrder.issuedOn", "bounds.too-early");
        Map<String, Object> future = admission();
        order(future).put("issuedOn", "9999-12-31");
        future.put("admittedAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString());
        Api.Response f = clerk.post("/api/v1/admissions", Api.json(future));
        assertError(f, "commitmentOrder.issuedOn", "bounds.future");
        assertError(f, "admittedAt", "bounds.future");
    }

    @Test
    void longListsInAnAdmissionAreRefusedAsAWhole() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Map<String, Object> a = admission();
        a.put("family", Collections.nCopies(1000, Map.of("name", "Ana", "relationship", "hija")));
        a.put("property", Collections.nCopies(1000, Map.of("description", "Reloj", "quantity", 1)));
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) a.get("person");
        person.put("aliases", Collections.nCopies(1000, "El Flaco"));
        Api.Response r = clerk.post("/api/v1/admissions", Api.json(a));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertError(r, "family", "bounds.too-many");
        assertError(r, "property", "bounds.too-many");
        assertError(r, "person.aliases", "bounds.too-many");
        assertThat(r.json().get("errors").size()).isLessThan(10);
    }

    @Test
    void aMegabyteFacilityNameIsRefusedAndAUserCannotBeScopedToAnUnknownFacility() {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        String code = ("B" + TestData.unique()).toUpperCase();
        Api.Response big = admin.post("/api/v1/facilities", "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(1_000_000)
                + "\",\"type\":\"PENITENTIARY\",\"department\":\"San Salvador\"}");
        assertThat(big.status()).as(big.body().substring(0, Math.min(300, big.body().length()))).isEqualTo(422);
        assertError(big, "name", "too-long");
        Api.Response user = admin.post("/api/v1/users", "{\"username\":\"u-" + TestData.unique() + "\","
                + "\"displayName\":\"Ana\",\"roles\":[\"WARDEN\"],\"facilities\":[\"NO-SUCH-" + code + "\"],"
                + "\"initialPassword\":\"" + TestUsers.PASSWORD + "\"}");
        assertThat(user.status()).as(user.body()).isEqualTo(422);
        assertError(user, "facilities[0]", "facility.unknown");
        Api.Response longName = admin.post("/api/v1/users", "{\"username\":\"u-" + TestData.unique() + "\","
                + "\"displayName\":\"" + "x".repeat(5000) + "\",\"roles\":[\"WARDEN\"],"
                + "\"initialPassword\":\"" + TestUsers.PASSWORD + "\"}");
        assertError(longName, "displayName", "too-long");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> json = chunked(users.with(Role.RECORDS_CLERK), "/api/v1/admissions", "application/json",
                "{\"facilityCode\":\"", 30L * 1024 * 1024, "\"}");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(413);
        assertThat(json.body()).contains("request.too-large");
        HttpResponse<String> csv = chunked(users.with(Role.SENTENCE_ADMINISTRATOR), "/api/v1/sentencing/credits/import",
                "text/csv", "booking_number,date,days,hours,document\n", 12L * 1024 * 1024, "\n");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(413);
        assertThat(csv.body()).contains("request.too-large");
    }

    /** Posts {@code head}, {@code size} bytes of 'x' and {@code tail} with chunked transfer encoding (no Content-Length). */
    private HttpResponse<String> chunked(String user, String path, String type, String head, long size, String tail)
            throws Exception {
        InputStream filler = new InputStream() {
            long left = size;
            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)),
                new SequenceInputStream(filler, new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII))));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void gateAndMovementTimesOutOfRangeAreRefused() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID prisoner = fx.admit(facility, LegalStatusKind.UNTRIED);
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        String visitor = "{\"kind\":\"FAMILY\",\"givenNames\":\"Marta\",\"firstSurname\":\"Hernández\","
                + "\"documentType\":\"PASSPORT\",\"documentNumber\":\"P" + TestData.unique().toUpperCase()
                + "\",\"documentCountry\":\"SV\"}";
        String visit = "{\"facilityCode\":\"" + facility + "\",\"person\":" + visitor + ",\"purpose\":\"Visita\","
                + "\"visitedBooking\":\"" + fx.booking(prisoner) + "\",\"scheduledAt\":\"%s\"}";
        Api.Response far = officer.post("/api/v1/gate/visits", visit.formatted("9999-12-31T10:00:00Z"));
        assertThat(far.status()).as(far.body()).isEqualTo(422);
        assertError(far, "scheduledAt", "bounds.too-late");
        assertError(officer.post("/api/v1/gate/visits", visit.formatted("0001-01-01T10:00:00Z")), "scheduledAt",
                "bounds.too-early");
        String entry = "{\"facilityCode\":\"" + facility + "\",\"person\":" + visitor + ",\"purpose\":\"Visita\","
                + "\"area\":\"Dirección\",\"authorizedBy\":\"Jorge Molina\",\"enteredAt\":\"0001-01-01T10:00:00Z\"}";
        assertError(officer.post("/api/v1/gate/entries", entry), "enteredAt", "bounds.too-early");
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        String transfer = "{\"personId\":\"" + prisoner + "\",\"toFacility\":\"" + fx.facility() + "\",\"reason\":\"R\","
                + "\"authorizedBy\":\"Director\",\"familyNotification\":{\"notifiedPerson\":\"Marta\",\"means\":\"teléfono\","
                + "\"notifiedAt\":\"0001-01-01T10:00:00Z\"}}";
        assertError(warden.post("/api/v1/transfers", transfer), "familyNotification.notifiedAt", "bounds.too-early");
        String escort = "{\"personId\":\"" + prisoner + "\",\"purpose\":\"COURT\",\"destination\":\"Juzgado\","
                + "\"authorizedBy\":\"Lic. Rivas\",\"escortStaff\":" + Api.json(Collections.nCopies(1000, "Agente")) + "}";
        assertError(warden.post("/api/v1/escorts", escort), "escortStaff", "bounds.too-many");
    }

    @Test
    void theAdmissionFormDoesNotGrowAListToAHundredThousandRows() {
        WebSession web = WebSession.signIn(port, users.with(Role.RECORDS_CLERK));
        Map<String, String> form = new HashMap<>(Map.of("family[100000].name", "x",
                "person.documents[5000].number", "1", "person.givenNames", "Ana"));
        WebSession.Page r = web.post("/admissions", web.get("/admissions/new"), form);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().length()).isLessThan(1_000_000);
        assertThat(r.body()).contains("máximo 3");
        WebSession.Page dates = web.post("/admissions", web.get("/admissions/new"), Map.of(
                "commitmentOrder.issuedOn", "01/01/0001", "person.givenNames", "Ana"));
        assertThat(dates.status()).isEqualTo(200);
        // in the Spanish page, the bound is written as Spanish writes dates (item 9 of issue 8)
        assertThat(dates.body()).contains("La fecha no puede ser anterior al 01/01/1900.").doesNotContain("1900-01-01");
    }

    private Map<String, Object> admission() {
        String facility = RegistryFixtures.facility(facilities);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(Api.json(RegistryFixtures.admission(facility)), HashMap.class);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> order(Map<String, Object> admission) {
        return (Map<String, Object>) admission.get("commitmentOrder");
    }

    @Test
    void aVisitIsBookedForNowOrLaterNeverForThePastNorBefore1900() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        UUID prisoner = fx.admit(facility, LegalStatusKind.UNTRIED);
        Api officer = Api.as(port, users.with(Role.CUSTODY_OFFICER, Set.of(facility), null));
        String visitor = "{\"kind\":\"VISITOR\",\"givenNames\":\"Marta\",\"firstSurname\":\"Hernández\","
                + "\"documentType\":\"PASSPORT\",\"documentNumber\":\"P" + TestData.unique().toUpperCase()
                + "\",\"documentCountry\":\"SV\"}";
        String visit = "{\"facilityCode\":\"" + facility + "\",\"person\":" + visitor + ",\"purpose\":\"Visita\","
                + "\"visitedBooking\":\"" + fx.booking(prisoner) + "\",\"scheduledAt\":\"%s\"}";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Api.Response yesterday = officer.post("/api/v1/gate/visits", visit.formatted(now.minusDays(1)));
        assertThat(yesterday.status()).as(yesterday.body()).isEqualTo(422);
        assertError(yesterday, "scheduledAt", "bounds.past");
        assertError(officer.post("/api/v1/gate/visits", visit.formatted(now.minusMinutes(30))), "scheduledAt", "bounds.past");
        assertError(officer.post("/api/v1/gate/visits", visit.formatted("1899-12-31T10:00:00Z")), "scheduledAt",
                "bounds.too-early");
        Api.Response justNow = officer.post("/api/v1/gate/visits", visit.formatted(now.minusMinutes(1)));
        assertThat(justNow.status()).as("within the clock tolerance: " + justNow.body()).isEqualTo(201);
        Api.Response later = officer.post("/api/v1/gate/visits", visit.formatted(now.plusHours(3)));
        assertThat(later.status()).as(later.body()).isEqualTo(201);
    }

    static void assertError(Api.Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isBetween(400, 499);
        List<String> found = new ArrayList<>();
        for (JsonNode e : r.json().get("errors")) found.add(e.get("field").asString() + " " + e.get("code").asString());
        assertThat(found).as(r.body()).contains(field + " " + code);
    }
}
