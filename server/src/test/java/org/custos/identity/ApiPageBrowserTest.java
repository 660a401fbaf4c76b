package org.custos.identity;

import java.time.Duration;
import java.util.List;
import org.custos.support.BrowserTestBase;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API page for a signed-in browser: our text in the page's language with how to get a token, and Swagger UI's
 * reference loading inside it from the session (no 401 for its configuration), under the CSP without violations.
 */
@CustosTest
class ApiPageBrowserTest extends BrowserTestBase {

    /** Records every CSP violation of a document, with where it came from. */
    private static final String LISTENER = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile"
            + " + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample));";

    @Autowired
    TestUsers users;
    @LocalServerPort
    int port;

    @BeforeEach
    void atServer() {
        browser.at(port);
    }

    @Test
    void theApiPageExplainsTokensAndEmbedsTheReferenceForASession() {
        browser.signIn(users.with(Role.MONITOR));
        browser.open("/");
        browser.follow("footer a[href$='/help/api']");
        assertThat(browser.text("h1")).isEqualTo("Documentación de la API");
        assertThat(browser.text("#api-token")).contains("Cómo obtener un token").contains("POST")
                .contains("/api/v1/tokens");
        var frame = browser.find("iframe.api-reference");
        assertThat(frame.getAttribute("lang")).isEqualTo("en");
        browser.driver().switchTo().frame(frame);
        waitForOperations();
        browser.driver().switchTo().defaultContent();
        browser.follow("a[hreflang=en]");
        assertThat(browser.text("h1")).isEqualTo("API documentation");
    }

    @Test
    void swaggerUiLoadsFromTheSessionWithoutCspViolations() {
        browser.signIn(users.with(Role.WARDEN));
        ((org.openqa.selenium.chromium.HasCdp) browser.driver()).executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", LISTENER));
        browser.open("/swagger-ui/index.html");
        waitForOperations();
        browser.find(".opblock-summary").click();
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return window.__csp;");
        assertThat(violations).as("CSP violations; the document's style elements: %s",
                ((JavascriptExecutor) browser.driver()).executeScript("return Array.from(document.querySelectorAll("
                        + "'style')).map(s => s.outerHTML.substring(0, 300) + ' @ ' + s.parentNode.nodeName);"))
                .isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("Failed to load remote configuration");
    }

    private void waitForOperations() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".opblock-summary")).isEmpty()
                        || d.getPageSource().contains("Failed to load"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Failed to load");
    }
}
