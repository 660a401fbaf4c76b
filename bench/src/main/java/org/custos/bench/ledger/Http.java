package org.custos.bench.ledger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDK HttpClient on loopback with one bearer token (HTTP basic would run the password KDF per request). */
final class Http {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String auth;

    private Http(String base, String auth) {
        this.base = base;
        this.auth = auth;
    }

    static Http basic(String base, String user, String password) {
        return new Http(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in with HTTP basic once and switches to a bearer token. */
    static Http bearer(String base, String user, String password) throws Exception {
        HttpResponse<String> r = basic(base, user, password).send("POST", "/api/v1/tokens", null);
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        return new Http(base, "Bearer " + m.group(1));
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .timeout(Duration.ofMinutes(5));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String ok(String method, String path, String json) throws Exception {
        HttpResponse<String> r = send(method, path, json);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    long checkpointSize() throws Exception {
        return Long.parseLong(ok("GET", "/ledger/checkpoint", null).split("\n")[1]);
    }
}
