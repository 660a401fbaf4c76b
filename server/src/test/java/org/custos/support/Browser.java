package org.custos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium, for browser tests: the Debian {@code chromium} and
 * {@code chromium-driver} packages, named explicitly so Selenium Manager never downloads anything.
 * Start one per test class ({@code @BeforeAll}) and {@link #quit()} it after ({@code @AfterAll}).
 * Without a chromedriver the tests are skipped on a developer machine but fail in CI ({@code CI=true}).
 */
public final class Browser {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration FIND_WAIT = Duration.ofSeconds(5);
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of(System.getProperty("custos.screenshots", "target/screenshots"));

    private final WebDriver driver;
    private final Path profile;
    private String base = "http://localhost:8080";

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(BINARY);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        }
        try {
            Path profile = Files.createTempDirectory("custos-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=es", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // A page after a form submission may still be loading when the next step looks for it.
            driver.manage().timeouts().implicitlyWait(FIND_WAIT);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser at(int port) {
        this.base = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs out whoever was signed in, then signs in. */
    public Browser signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        String loginPage = base + "/login";
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !loginPage.equals(d.getCurrentUrl()));
        return this;
    }

    public Browser signIn(String username) {
        return signIn(username, TestUsers.PASSWORD);
    }

    /** Clears the field with this id and types into it. */
    public Browser type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
        return this;
    }

    /**
     * Clicks what {@code css} matches and waits (up to 10 s) until the browser has left the current document: a
     * link or a form that loads a new page. Reading an element right after a plain click may still read the old
     * page's element of the same selector (an {@code h1}, a state) or lose it mid-read (a stale element).
     */
    public Browser follow(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Every element matching now (no waiting: an empty list is an answer). */
    public List<WebElement> all(String css) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(By.cssSelector(css));
        } finally {
            driver.manage().timeouts().implicitlyWait(FIND_WAIT);
        }
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Waits (up to 10 s) for a page whose path starts with {@code prefix}; returns the path. */
    public String waitForPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().startsWith(prefix));
        return path();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String title() {
        return driver.getTitle();
    }

    /** Waits (up to 10 s) until the element matched by {@code css} contains {@code text}. */
    public Browser waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
        return this;
    }

    /** Waits (up to 10 s) until htmx has no request in flight and has settled its last swap. */
    public Browser settle() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200)).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping');")));
        return this;
    }

    /** Writes a full-page PNG of the current page to {@code docs/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            long height = (Long) ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); "
                    + "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 40, 700), 6000)));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void quit() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
