package org.custos.identity;

import java.util.Map;
import java.util.Set;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CustosTest
class IdentityApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;

    @Test
    void oneTimePasswordMustBeChangedBeforeAnythingElse() {
        String name = "otp-" + TestData.unique();
        accounts.create(new NewUser(name, "Otp", Set.of(Role.WARDEN), Set.of(), null, "one-time-password-1"), "test");
        Api api = Api.as(port, name, "one-time-password-1");
        Api.Response refused = api.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("identity.password-change-required");

        Api.Response tooShort = api.post("/api/v1/account/password",
                Api.json(Map.of("currentPassword", "one-time-password-1", "newPassword", "short")));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.contentType()).startsWith("application/problem+json");
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(tooShort.json().get("errors").get(0).get("message").asString()).contains("al menos 12");

        assertThat(api.post("/api/v1/account/password", Api.json(Map.of("currentPassword", "one-time-password-1",
                "newPassword", "a-new-long-password"))).status()).isEqualTo(204);
        Api.Response me = Api.as(port, name, "a-new-long-password").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("WARDEN");
    }

    @Test
    void repeatedFailuresFromAClientThatNeverSignedInMakeItWaitEvenForTheRightPassword() {
        String name = users.with(Role.MONITOR);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(port, name, "wrong-password-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Response locked = Api.as(port, name).get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("identity.throttled");
        assertThat(locked.header("Retry-After")).isNotBlank();
    }

    @Test
    void bearerTokensAuthenticateApiClients() {
        String name = users.with(Role.RECORDS_CLERK);
        Api.Response issued = Api.as(port, name).post("/api/v1/tokens", "{}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).startsWith("cst_");
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build();
        var forged = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token + "x").build();
        try {
            assertThat(client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains(name);
            assertThat(client.send(forged, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void changingThePasswordRevokesTokensIssuedBefore() throws Exception {
        String name = users.with(Role.MONITOR);
        String token = Api.as(port, name).post("/api/v1/tokens", "{}").json().get("token").asString();
        var client = java.net.http.HttpClient.newHttpClient();
        var me = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build();
        assertThat(client.send(me, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(Api.as(port, name).post("/api/v1/account/password", Api.json(Map.of(
                "currentPassword", TestUsers.PASSWORD, "newPassword", "another-long-password"))).status())
                .isEqualTo(204);
        assertThat(client.send(me, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        String clerk = users.with(Role.RECORDS_CLERK);
        String admin = users.with(Role.ADMINISTRATOR);
        String body = Api.json(Map.of("username", "new-" + TestData.unique(), "displayName", "Nueva",
                "roles", Set.of("MONITOR"), "initialPassword", "initial-password-1"));
        assertThat(Api.as(port, clerk).post("/api/v1/users", body).status()).isEqualTo(403);
        assertThat(Api.as(port, admin).post("/api/v1/users", body).status()).isEqualTo(201);
        Api.Response liaisonWithoutState = Api.as(port, admin).post("/api/v1/users", Api.json(Map.of(
                "username", "l-" + TestData.unique(), "displayName", "L", "roles", Set.of("LIAISON"),
                "initialPassword", "initial-password-1")));
        assertThat(liaisonWithoutState.status()).isEqualTo(422);
        assertThat(liaisonWithoutState.json().get("errors").get(0).get("field").asString()).isEqualTo("liaisonState");
    }
}
