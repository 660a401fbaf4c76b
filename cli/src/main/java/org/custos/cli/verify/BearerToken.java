package org.custos.cli.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trades {@code --user} for a bearer token once ({@code POST /api/v1/tokens} with HTTP basic), so that the thousands
 * of requests of a verification do not each pay the server's password check (PBKDF2, about 0.3 s by design).
 * A server without that endpoint (a plain tile mirror) keeps HTTP basic.
 */
final class BearerToken {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BearerToken() {
    }

    /** The token endpoint next to the ledger API {@code api} ({@code …/api/v1/ledger} → {@code …/api/v1/tokens}). */
    static String endpointFor(String api) {
        String u = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        return u.substring(0, u.lastIndexOf('/')) + "/tokens";
    }

    /** The {@code Authorization} header to send: {@code Bearer <token>} if the server issues one, else basic. */
    static String authorization(String endpoint, String user) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
        return issue(endpoint, basic).map(t -> "Bearer " + t).orElse(basic);
    }

    private static Optional<String> issue(String endpoint, String basic) throws IOException {
        HttpResponse<String> r;
        try {
            r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build().send(HttpRequest
                    .newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60)).header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + endpoint + " for a token", e);
        }
        if (r.statusCode() == 401 || r.statusCode() == 403) {
            throw new IOException("POST " + endpoint + " refused the --user credentials: HTTP " + r.statusCode());
        }
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            return Optional.empty();
        }
        try {
            JsonNode token = JSON.readTree(r.body()).get("token");
            return token != null && token.isString() ? Optional.of(token.asString()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
