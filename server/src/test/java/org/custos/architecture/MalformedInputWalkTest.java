package org.custos.architecture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class-level proof that bad input is never a server error: every operation of the OpenAPI document
 * is called with a NUL byte in every free-text string (JSON fields whose dates, ids and enums are valid,
 * query parameters, CSV bodies) and with
 * {@code Content-Type: *}{@code /*}, by a user holding every staff role; none answers 5xx.
 */
@CustosTest
@Tag("database")
class MalformedInputWalkTest {

    private static final String NUL = "a\u0000b";
    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    private JsonNode doc;

    @Test
    void noOperationAnswersAServerErrorToControlCharactersOrAWildcardContentType() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        roles.remove(Role.LIAISON);
        roles.remove(Role.ADMINISTRATOR);
        String name = "walker-" + TestData.unique();
        accounts.createReady(new NewUser(name, "Walker", roles, Set.of(), null, TestUsers.PASSWORD), "test");
        Api api = Api.as(port, name);
        doc = api.get("/v3/api-docs").json();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                String url = url(path.getKey(), op.getValue());
                JsonNode content = op.getValue().path("requestBody").path("content");
                String type = content.has("application/json") ? "application/json"
                        : content.has("text/csv") ? "text/csv" : null;
                byte[] body = type == null ? null : "text/csv".equals(type)
                        ? ("booking_number,date,days,hours,document\n" + NUL + ",2024-01-01,1,," + NUL + "\n")
                        .getBytes(StandardCharsets.UTF_8)
                        : Api.json(sample(content.get("application/json").get("schema"), 0)).getBytes(StandardCharsets.UTF_8);
                Api.Response nul = api.send(method, url, type, body);
                if (nul.status() >= 500) failures.add("NUL " + method + " " + url + " -> " + nul.status());
                Api.Response wildcard = api.send(method, url, "*/*", body == null ? new byte[0] : body);
                if (wildcard.status() != 415) failures.add("*/* " + method + " " + url + " -> " + wildcard.status());
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(failures).isEmpty();
    }

    private String url(String template, JsonNode op) {
        String url = template;
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            String in = p.get("in").asString();
            JsonNode schema = resolve(p.path("schema"));
            if ("path".equals(in)) {
                String value = "uuid".equals(schema.path("format").asString()) ? UUID.randomUUID().toString() : "T1";
                url = url.replace("{" + p.get("name").asString() + "}", value);
            } else if ("query".equals(in) && "string".equals(schema.path("type").asString())) {
                query.add(p.get("name").asString() + "=a%00b");
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return doc.get("components").get("schemas").get(name);
        }
        return schema;
    }

    /** A value for {@code schema} with a NUL byte in every string (nested objects a few levels deep). */
    private Object sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString();
        if (depth > 4) return null;
        if (s.has("properties") || "object".equals(type)) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                object.put(p.getKey(), sample(p.getValue(), depth + 1));
            }
            return object;
        }
        if (s.has("enum")) return s.get("enum").get(0).asString();
        return switch (type) {
            case "array" -> List.of(sample(s.path("items"), depth + 1));
            case "integer", "number" -> 1;
            case "boolean" -> true;
            default -> switch (s.path("format").asString()) {
                // values that parse, so that the free-text fields beside them are the ones that reach the server
                case "date" -> "2024-01-02";
                case "date-time" -> "2024-01-02T10:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> NUL;
            };
        };
    }
}
