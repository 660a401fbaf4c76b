package org.custos.architecture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property walk over every request body of the API: for each list field of each JSON body in the OpenAPI
 * document (nested lists included, e.g. {@code persons[0].family}), a body whose list is {@code [null]} and
 * whose other fields are well formed is refused with 400 and a field error {@code null-element} naming the
 * element ({@code family[0]}) — never a 500, never a write.
 */
@CustosTest
class NullListElementWalkTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    private JsonNode doc;

    @Test
    void aNullElementInAnyListOfAnyBodyIsAFieldError() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        roles.remove(Role.LIAISON);
        String name = "nulls-" + TestData.unique();
        accounts.createReady(new NewUser(name, "Walker", roles, Set.of(), null, TestUsers.PASSWORD), "test");
        Api api = Api.as(port, name);
        doc = api.get("/v3/api-docs").json();
        List<String> failures = new ArrayList<>();
        int lists = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String url = url(path.getKey());
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                for (String list : lists(schema, "", 0)) {
                    lists++;
                    Object body = sample(schema, "", list, 0);
                    Api.Response r = api.send(method, url, "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
                    String expected = list + "[0]";
                    boolean named = r.status() == 400 && r.json().path("errors").valueStream().anyMatch(e ->
                            e.path("field").asString().equals(expected) && e.path("code").asString().equals("null-element"));
                    if (!named) {
                        failures.add(method + " " + url + " " + expected + " -> " + r.status() + " " + r.body());
                    }
                }
            }
        }
        assertThat(lists).as("list fields in request bodies").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    private static String url(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return doc.get("components").get("schemas").get(name);
        }
        return schema;
    }

    /** The JSON paths of the lists in {@code schema}, an item of an outer list being {@code outer[0]}. */
    private List<String> lists(JsonNode schema, String at, int depth) {
        JsonNode s = resolve(schema);
        if (depth > 4) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if ("array".equals(s.path("type").asString())) {
            out.add(at);
            out.addAll(lists(s.path("items"), at + "[0]", depth + 1));
        }
        for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
            out.addAll(lists(p.getValue(), at.isEmpty() ? p.getKey() : at + "." + p.getKey(), depth + 1));
        }
        return out;
    }

    /** A well-formed value for {@code schema}, except that the list at {@code nullList} is {@code [null]}. */
    private Object sample(JsonNode schema, String at, String nullList, int depth) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString();
        if (depth > 4) {
            return null;
        }
        if ("array".equals(type)) {
            return at.equals(nullList) ? Collections.singletonList(null)
                    : List.of(sample(s.path("items"), at + "[0]", nullList, depth + 1));
        }
        if (s.has("properties") || "object".equals(type)) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                object.put(p.getKey(), sample(p.getValue(), at.isEmpty() ? p.getKey() : at + "." + p.getKey(),
                        nullList, depth + 1));
            }
            return object;
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).asString();
        }
        return switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            default -> switch (s.path("format").asString()) {
                case "date" -> "2024-01-02";
                case "date-time" -> "2024-01-02T10:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "x";
            };
        };
    }
}
