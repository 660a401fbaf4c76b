package org.custos.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class: one Chromium for the whole class, started before its first test and quit after
 * its last. Subclasses use {@link #browser}.
 */
@org.junit.jupiter.api.Tag("browser")
public abstract class BrowserTestBase {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
