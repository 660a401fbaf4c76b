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

/** Common, repetitive and user-name passwords are refused, with field problems in Spanish and English. */
@CustosTest
class PasswordPolicyTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    private Api.Response create(Api api, String username, String password) {
        return api.post("/api/v1/users", Api.json(Map.of("username", username, "displayName", "Nueva",
                "roles", Set.of("MONITOR"), "initialPassword", password)));
    }

    private static void refused(Api.Response r, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("initialPassword");
        assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo(code);
    }

    @Test
    void aPasswordFromTheCommonListIsRefusedWhateverItsCaseOrTrailingDigits() {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        refused(create(admin, "u-" + TestData.unique(), "baseball1234"), "password.common");
        refused(create(admin, "u-" + TestData.unique(), "Sunshine2024!"), "password.common");
        Api.Response exact = create(admin, "u-" + TestData.unique(), "Unbelievable");
        refused(exact, "password.common");
        assertThat(exact.json().get("errors").get(0).get("message").asString()).contains("muy común");
    }

    @Test
    void repeatedCharactersAreRefused() {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        refused(create(admin, "u-" + TestData.unique(), "kestrel-zzzz-harbour"), "password.repeated");
        refused(create(admin, "u-" + TestData.unique(), "x1x2x3x4x5x6xx"), "password.repeated");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedInEnglishToo() {
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR)).inEnglish();
        String name = "gloria-" + TestData.unique();
        Api.Response r = create(admin, name, "My-" + name.toUpperCase() + "-secret");
        refused(r, "password.contains-username");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("user name");
        assertThat(create(admin, name, "quiet lantern over the bay").status()).isEqualTo(201);
    }

    @Test
    void aPasswordChangeToACommonPasswordIsRefused() {
        String name = users.with(Role.WARDEN);
        Api.Response r = Api.as(port, name).post("/api/v1/account/password", Api.json(Map.of(
                "currentPassword", TestUsers.PASSWORD, "newPassword", "Password123456")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("password.common");
    }
}
