package org.custos.identity;

import java.time.Duration;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In the browser, a throttled sign-in or password change says how long to wait, in Spanish. */
@CustosTest
class SignInThrottleBrowserTest extends BrowserTestBase {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    private void submit() {
        WebElement button = browser.find("main form button[type=submit]");
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
    }

    /**
     * Wrong passwords until the page says to wait: the first five are checked; after them the back-off
     * doubles with each failure, so on any machine a page soon comes back before it has run out.
     */
    @Test
    void afterFiveWrongPasswordsTheFormSaysHowLongToWait() {
        String name = users.with(Role.WARDEN);
        browser.at(port);
        int checked = 0;
        boolean throttled = false;
        for (int i = 0; i < 12 && !throttled; i++) {
            browser.signIn(name, "wrong-password-" + i);
            throttled = browser.path().startsWith("/login?throttled=");
            if (browser.path().startsWith("/login?error")) {
                assertThat(browser.text(".error-summary")).contains("Usuario o contraseña incorrectos");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(browser.path()).startsWith("/login?throttled=");
        assertThat(browser.text("#login-throttled")).matches("Demasiados intentos fallidos\\. Espere \\d+ segundos.*");
    }

    @Test
    void thePasswordPageRefusesToCheckTheCurrentPasswordAfterFiveWrongOnes() {
        String name = users.with(Role.RECORDS_CLERK);
        browser.at(port).signIn(name).open("/account/password");
        int checked = 0;
        String message = "";
        for (int i = 0; i < 12 && !message.contains("Espere"); i++) {
            browser.type("currentPassword", "not-mine-" + i).type("newPassword", "a-brand-new-passphrase")
                    .type("confirmPassword", "a-brand-new-passphrase");
            submit();
            message = browser.text(".field-error .error-message");
            if (message.contains("La contraseña actual no es correcta")) {
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(message).matches("Demasiados intentos con una contraseña actual incorrecta\\. Espere \\d+ segundos\\.");
        assertThat(browser.path()).startsWith("/account/password");
    }
}
