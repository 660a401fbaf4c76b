package org.custos.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for tests: talks to the server on its port, as a given user. */
public final class Api {

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private String language = "es";

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api as(int port, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + basic);
    }

    public static Api as(int port, String username) {
        return as(port, username, TestUsers.PASSWORD);
    }

    public static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    public Api inEnglish() {
        this.language = "en";
        return this;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String json, String idempotencyKey) {
        return send(builder(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder b = builder(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
