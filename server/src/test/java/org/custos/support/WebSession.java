package org.custos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in browser session without a browser: form sign-in, session cookie, CSRF token from each page. */
public final class WebSession {

    public record Page(int status, String contentType, String body) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs {@code username} in through the sign-in form. */
    public static WebSession signIn(int port, String username) {
        WebSession s = new WebSession(port);
        Page login = s.get("/login");
        Page done = s.post("/login", login, Map.of("username", username, "password", TestUsers.PASSWORD));
        if (done.status() != 302) {
            throw new IllegalStateException("sign-in failed: " + done.status());
        }
        return s;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token found in {@code from}. */
    public Page post(String path, Page from, Map<String, String> fields) {
        Matcher m = CSRF.matcher(from.body());
        String csrf = m.find() ? m.group(1) : "";
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
