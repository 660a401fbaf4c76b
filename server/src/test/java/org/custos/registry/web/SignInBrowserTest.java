package org.custos.registry.web;

import java.util.Set;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a real browser: the one-time password must be changed first; the language switch. */
@CustosTest
class SignInBrowserTest extends BrowserTestBase {

    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @LocalServerPort
    int port;

    @BeforeEach
    void atServer() {
        browser.at(port);
    }

    @Test
    void aNewUserMustChangeTheOneTimePasswordBeforeAnythingElse() {
        String username = "clerk-" + TestData.unique();
        String oneTime = accounts.randomPassword();
        accounts.create(new NewUser(username, "Nueva secretaria", Set.of(Role.RECORDS_CLERK), Set.of(), null, oneTime),
                "test");

        browser.signIn(username, oneTime);
        assertThat(browser.path()).startsWith("/account/password");
        assertThat(browser.text("main")).contains("Debe elegir una contraseña nueva");

        browser.open("/persons");
        assertThat(browser.path()).as("every page leads back to the password form").startsWith("/account/password");

        String chosen = "una-frase-larga-" + TestData.unique();
        browser.type("currentPassword", oneTime).type("newPassword", chosen).type("confirmPassword", chosen);
        browser.find("main form button[type=submit]").click();
        assertThat(browser.waitForPath("/login")).startsWith("/login");
        assertThat(browser.text("#password-changed")).isEqualTo("Su contraseña se cambió; inicie sesión con la nueva.");

        browser.signIn(username, chosen);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text("h1")).contains(username);
    }

    @Test
    void aWrongPasswordIsRefusedInPlainWords() {
        String username = users.with(Role.WARDEN);
        browser.signIn(username, "not-the-password");
        assertThat(browser.waitForPath("/login")).startsWith("/login");
        assertThat(browser.text(".error-summary")).contains("Usuario o contraseña incorrectos");
    }

    @Test
    void theLanguageSwitchesToEnglishAndStays() {
        String username = users.with(Role.RECORDS_CLERK);
        browser.signIn(username);
        browser.open("/persons");
        assertThat(browser.text("h1")).isEqualTo("Buscar una persona");
        assertThat(browser.text("label[for=q]")).contains("Nombre");

        browser.find("a[hreflang=en]").click();
        assertThat(browser.text("h1")).isEqualTo("Find a person");
        assertThat(browser.text("label[for=q]")).contains("Name");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");

        browser.open("/admissions/new");
        assertThat(browser.text("h1")).isEqualTo("Admit a person");
        assertThat(browser.text("label[for='person.givenNames']")).isEqualTo("Given names");

        browser.find("a[hreflang=es]").click();
        assertThat(browser.text("h1")).isEqualTo("Admitir a una persona");
    }
}
