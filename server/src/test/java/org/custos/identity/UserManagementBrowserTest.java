package org.custos.identity;

import org.custos.facilities.FacilityDirectory;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.RegistryFixtures;
import org.custos.support.TestData;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's user management in a browser: create a warden scoped to one facility (a refused field
 * first, in Spanish), sign in as the warden, disable the account, enable it, give a new one-time password.
 */
@CustosTest
class UserManagementBrowserTest extends BrowserTestBase {

    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.custos.identity.internal.UserAdministration administration;
    @LocalServerPort
    int port;

    @BeforeEach
    void atServer() {
        browser.at(port);
    }

    @Test
    void anAdministratorCreatesScopesDisablesAndResetsAWarden() {
        String facility = RegistryFixtures.facility(facilities);
        String admin = users.with(Role.ADMINISTRATOR);
        browser.signIn(admin);
        browser.open("/");
        browser.find("nav a[href$='/admin/users']").click();
        assertThat(browser.text("h1")).isEqualTo("Usuarios");
        assertThat(browser.text("#user-" + admin)).contains("Administrador").contains("Nacional").contains("Activo");

        String warden = "director-" + TestData.unique();
        browser.follow("#new-user");
        browser.type("username", warden).type("displayName", "Directora de prueba")
                .type("facilities", facility + ", NO-EXISTE");
        browser.find("#role-WARDEN").click();
        browser.follow("main form button[type=submit]");
        assertThat(browser.text(".error-summary")).contains("Hay un problema").contains("Centro desconocido.");
        assertThat(browser.find(".error-summary a").getAttribute("href")).endsWith("#facilities");
        assertThat(browser.text(".field-error")).contains("Centro desconocido.");
        assertThat(browser.find("#role-WARDEN").isSelected()).as("the form keeps what was typed").isTrue();
        assertThat(accounts.find(warden)).isEmpty();

        browser.type("facilities", facility.toLowerCase());
        browser.follow("main form button[type=submit]");
        assertThat(browser.text("h1")).isEqualTo("Usuario creado");
        String oneTime = browser.text("#one-time-password");
        CurrentUser created = accounts.find(warden).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.WARDEN);
        assertThat(created.facilities()).containsExactly(facility);
        assertThat(created.mustChangePassword()).isTrue();

        browser.open("/admin/users");
        assertThat(browser.text("#user-" + warden)).contains("Director de centro").contains(facility)
                .contains("debe cambiar la contraseña");

        browser.open("/admin/users/" + warden);
        browser.follow("#enabled-button");
        assertThat(browser.text("#user-saved")).contains("Cambio guardado");
        assertThat(browser.text("#user-state")).isEqualTo("Desactivado");
        browser.signIn(warden, oneTime);
        assertThat(browser.path()).as("a disabled account cannot sign in").startsWith("/login");

        browser.signIn(admin);
        browser.open("/admin/users/" + warden);
        browser.follow("#enabled-button");
        assertThat(browser.text("#user-state")).startsWith("Activo").doesNotContain("Desactivado");
        assertThat(browser.text("#user-history")).as("the account page lists the appended history")
                .contains("Cuenta activada", "Cuenta desactivada", "Cuenta creada: Director de centro")
                .doesNotContain("WARDEN");
        browser.follow("#reset-button");
        assertThat(browser.text("h1")).isEqualTo("Contraseña nueva");
        String reset = browser.text("#one-time-password");
        assertThat(reset).isNotEqualTo(oneTime).hasSize(20);

        browser.signIn(warden, oneTime);
        assertThat(browser.path()).as("the old one-time password no longer works").startsWith("/login");
        browser.signIn(warden, reset);
        assertThat(browser.path()).startsWith("/account/password");

        assertThat(jdbc.sql("""
                select c.change from app_user_change c join app_user u on u.id = c.user_id
                where u.username = :u order by c.changed_at, c.change""").param("u", warden).query(String.class)
                .list()).as("every change appended to the account's history")
                .containsExactlyInAnyOrder("created", "disabled", "enabled", "password-reset");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccountAndOthersDoNotSeeThePage() {
        String admin = users.with(Role.ADMINISTRATOR);
        browser.signIn(admin);
        browser.open("/admin/users/" + admin);
        browser.follow("#enabled-button");
        assertThat(browser.text(".error-summary")).contains("No puede desactivar su propia cuenta.");
        assertThat(accounts.find(admin)).isPresent();
        browser.open("/admin/users/" + admin);
        assertThat(browser.text("#user-state")).isEqualTo("Activo");

        browser.signIn(users.with(Role.WARDEN));
        browser.open("/admin/users");
        assertThat(browser.text("h1")).isNotEqualTo("Usuarios");
        assertThat(browser.all("nav a[href$='/admin/users']")).isEmpty();
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAndAScopeChangeAppliesAtOnce() {
        String facility = RegistryFixtures.facility(facilities);
        String other = RegistryFixtures.facility(facilities);
        String warden = users.with(Role.WARDEN, java.util.Set.of(facility), null);
        String admin = users.with(Role.ADMINISTRATOR);

        browser.signIn(warden);
        browser.open("/capacity/facilities/" + facility);
        assertThat(browser.path()).startsWith("/capacity/facilities/" + facility);
        browser.open("/capacity/facilities/" + other);
        assertThat(browser.text("h1")).as("another facility is out of scope").doesNotContain(other);

        administration.changeScope(warden, java.util.Set.of(Role.WARDEN), java.util.Set.of(other), null, admin);
        browser.open("/capacity/facilities/" + other);
        assertThat(browser.text("h1")).as("the new scope applies to the open session").contains(other);

        administration.setEnabled(warden, false, admin);
        browser.open("/capacity/facilities/" + other);
        assertThat(browser.path()).as("a disabled account's session ends at its next request").startsWith("/login");
        assertThat(browser.text("#signed-out")).contains("desactivada");
    }
}
