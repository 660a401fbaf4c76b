package org.custos.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.custos.support.Api;

/**
 * HTTP calls that arrive as if through a trusted reverse proxy on loopback: {@code X-Forwarded-For}
 * names the client address, {@code X-Forwarded-Proto} the scheme.
 */
final class Client {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String address;

    String address() {
        return address;
    }

    Client(int port, String address) {
        this.port = port;
        this.address = address;
    }

    Api.Response get(String path, String username, String password) {
        return send(request(path, username, password).GET().build());
    }

    Api.Response post(String path, String username, String password, String json) {
        return send(request(path, username, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Api.Response get(String path, String proto) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address).header("X-Forwarded-Proto", proto).GET().build());
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address)
                .header("Accept-Language", "es");
    }

    static Api.Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
