package org.custos.identity;

import java.util.List;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy on loopback that says {@code X-Forwarded-Proto: https}, the session cookie is
 * Secure and HSTS is sent; over plain HTTP neither (a browser would refuse a Secure cookie there).
 */
@CustosTest
class TransportSecurityTest {

    @LocalServerPort
    int port;

    private static String sessionCookie(Api.Response r) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void overHttpsTheSessionCookieIsSecureHttpOnlyLaxAndHstsIsSent() {
        Api.Response r = new Client(port, SignInThrottleTest.address()).get("/login", "https");
        assertThat(r.status()).isEqualTo(200);
        String cookie = sessionCookie(r);
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
        assertThat(r.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void overPlainHttpTheCookieIsLaxButNotSecureAndNoHsts() {
        Api.Response r = new Client(port, SignInThrottleTest.address()).get("/login", "http");
        String cookie = sessionCookie(r);
        assertThat(cookie).containsIgnoringCase("; SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(r.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void theApiSendsHstsOverHttpsToo() {
        Api.Response r = new Client(port, SignInThrottleTest.address()).get("/api/v1/me", "https");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Strict-Transport-Security")).contains("max-age=");
    }
}
