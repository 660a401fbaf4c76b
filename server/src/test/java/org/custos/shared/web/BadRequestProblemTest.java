package org.custos.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.RawHttp;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed requests, one per cause found by the fuzzing corpus: each is a 4xx problem with a code, never a 5xx. */
@CustosTest
@Tag("database")
class BadRequestProblemTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;

    static JsonNode problem(int status, String contentType, String body, int expected) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(contentType).startsWith("application/problem+json");
        JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        assertThat(json.get("code").asString()).isNotBlank();
        assertThat(json.get("title").asString()).isNotBlank();
        return json;
    }

    static JsonNode problem(Api.Response r, int expected) {
        return problem(r.status(), r.contentType(), r.body(), expected);
    }

    static JsonNode problem(RawHttp.Response r, int expected) {
        return problem(r.status(), r.contentType(), r.body(), expected);
    }

    static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    @Test
    void aNulByteInAJsonTextFieldNamesTheField() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String body = Api.json(RegistryFixtures.admission(RegistryFixtures.facility(facilities)))
                .replace("José Antonio", "José\\u0000Antonio");
        JsonNode p = problem(clerk.post("/api/v1/admissions", body), 400);
        assertThat(field(p)).isEqualTo("person.givenNames");
        assertThat(p.get("errors").get(0).get("code").asString()).isEqualTo("text.control-character");
    }

    @Test
    void aNulByteInAQueryParameterNamesTheParameter() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        JsonNode p = problem(clerk.get("/api/v1/persons?q=Garc%00ia"), 400);
        assertThat(field(p)).isEqualTo("q");
        assertThat(p.get("errors").get(0).get("code").asString()).isEqualTo("text.control-character");
    }

    @Test
    void aWildcardContentTypeIsUnsupported() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String body = Api.json(RegistryFixtures.admission(RegistryFixtures.facility(facilities)));
        JsonNode p = problem(clerk.send("POST", "/api/v1/admissions", "*/*", body.getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(p.get("code").asString()).isEqualTo("request.media-type");
        problem(clerk.send("POST", "/api/v1/admissions", "not a type", body.getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void aMultipartUploadWithoutAFileNamesTheFilePart() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        String multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhello\r\n--XyZ--\r\n";
        JsonNode p = problem(clerk.send("POST", "/api/v1/commitment-orders/documents",
                "multipart/form-data; boundary=XyZ", multipart.getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(field(p)).isEqualTo("file");
    }

    @Test
    void aNonAsciiIdempotencyKeyNamesTheHeader() {
        String clerk = users.with(Role.RECORDS_CLERK);
        String body = Api.json(RegistryFixtures.admission(RegistryFixtures.facility(facilities)));
        byte[] head = ("POST /api/v1/admissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + RawHttp.basic(clerk)
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: clave-\u00e9\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        JsonNode p = problem(RawHttp.send(port, head, body.getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(field(p)).isEqualTo("Idempotency-Key");
    }

    @Test
    void aNullFacilityOfANewUserNamesItsIndex() {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        String body = "{\"username\":\"u-" + org.custos.support.TestData.unique() + "\",\"displayName\":\"U\","
                + "\"roles\":[\"CUSTODY_OFFICER\"],\"facilities\":[null],\"initialPassword\":\"a-long-password-1\"}";
        JsonNode p = problem(admin.post("/api/v1/users", body), 400);
        assertThat(field(p)).isEqualTo("facilities[0]");
    }

    @Test
    void aPlainGetOfTheErrorPathIsAProblemForApiCallersAndAPageForBrowsers() {
        Api clerk = Api.as(port, users.with(Role.RECORDS_CLERK));
        Api.Response api = clerk.send("GET", "/error", null, null);
        assertThat(api.status()).isBetween(400, 499);
        assertThat(api.contentType()).startsWith("application/problem+json");
        RawHttp.Response page = RawHttp.send(port, "GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: text/html", "");
        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).doesNotContain("Whitelabel").contains("href=\"/\"");
    }

    @Test
    void frameworkRefusalsCarryACodeInTheCallersLanguage() {
        Api english = Api.as(port, users.with(Role.RECORDS_CLERK)).inEnglish();
        JsonNode notFound = problem(english.get("/api/v1/no-such-thing"), 404);
        assertThat(notFound.get("code").asString()).isEqualTo("not-found");
        assertThat(notFound.get("title").asString()).isEqualTo("Not found");
        JsonNode method = problem(english.send("DELETE", "/api/v1/admissions", null, null), 405);
        assertThat(method.get("code").asString()).isEqualTo("request.method");
        assertThat(method.get("title").asString()).isEqualTo("Method not allowed");
        JsonNode type = problem(english.send("POST", "/api/v1/admissions", "text/plain", "x".getBytes()), 415);
        assertThat(type.get("title").asString()).isEqualTo("Unsupported content type");
        JsonNode spanish = problem(Api.as(port, users.with(Role.RECORDS_CLERK)).get("/api/v1/no-such-thing"), 404);
        assertThat(spanish.get("title").asString()).isEqualTo("No encontrado");
    }

    @Test
    void pathsTheFirewallRefusesGetAProblemDocument() {
        String clerk = users.with(Role.RECORDS_CLERK);
        for (String path : List.of("/api/v1/persons/%00", "/api/v1/persons/a%2Fb", "/api/v1/persons;x=1",
                "/api//v1/persons", "/persons/%00")) {
            RawHttp.Response r = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en"
                    + "\r\nAuthorization: " + RawHttp.basic(clerk), "");
            JsonNode p = problem(r, 400);
            assertThat(p.get("code").asString()).as(path).isEqualTo("request.rejected");
            assertThat(p.get("title").asString()).as(path)
                    .isEqualTo(path.startsWith("/api/") ? "Request refused" : "Solicitud rechazada");
        }
    }

    @Test
    void aHeaderOverTheLimitGetsAProblemDocument() {
        RawHttp.Response r = RawHttp.send(port, "GET /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(9000), "");
        JsonNode p = problem(r, 400);
        assertThat(p.get("code").asString()).isEqualTo("request.rejected");
    }
}
