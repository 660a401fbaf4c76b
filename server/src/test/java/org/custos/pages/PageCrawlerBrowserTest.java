package org.custos.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.custos.identity.Role;
import org.custos.support.Browser;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page crawler (issue 8): on a small demo dataset, signs in as every demo account and the
 * administrator, in Spanish and in English, at 1280 px and at 390 px, follows every link from the home page
 * and then opens every page route of the server ({@link PageRoutes}) with ids that role reached and ids
 * only other roles reached (each account in one language, alternating, so every route is opened in both); fails on every defect {@link PageCheck} finds, naming the role, language,
 * width, URL and offending text. A page joins by being linked or by being mapped; nothing here lists pages.
 * Runs on its own embedded database (the demo dataset needs an empty one, plus one pending transfer so the
 * transfer cancellation page is linked), two Chromiums in parallel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"custos.demo.enabled=true", "custos.demo.persons=1200", "custos.db.url="})
@ActiveProfiles("test")
@Tag("browser")
@Import(TestUsers.class)
class PageCrawlerBrowserTest {

    /** At most this many pages of one route per crawl (a list's 50 persons are one page of the person route). */
    private static final int PER_ROUTE = 2;
    private static final int BROWSERS = 2;
    private static final List<String> LANGUAGES = List.of("es", "en");
    /** Every page is checked at each width: loaded at the first, then the window narrowed and checked again. */
    private static final List<Integer> WIDTHS = List.of(1280, 390);
    private static final Path DATA = temporaryDataDir();

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("custos.data-dir", DATA::toString);
    }

    private record Account(String username, String password) {
    }

    private record Crawl(Account account, String language) {
        String label(int width, String url) {
            return account.username + " · " + language + " · " + width + " px · " + url;
        }
    }

    private final Set<String> failures = ConcurrentHashMap.newKeySet();
    /** Route → account → the variables of the pages of that route the account reached by links. */
    private final Map<PathPattern, Map<String, Set<Map<String, String>>>> reached = new ConcurrentHashMap<>();

    @Test
    void everyPageOfEveryRoleInBothLanguagesAndWidths() throws Exception {
        PageRoutes routes = PageRoutes.of(mapping);
        UiVocabulary vocabulary = UiVocabulary.load();
        pendingTransfer();
        List<Account> accounts = accounts();
        List<Crawl> crawls = new ArrayList<>();
        for (Account a : accounts) {
            for (String language : LANGUAGES) {
                crawls.add(new Crawl(a, language));
            }
        }
        long started = System.nanoTime();
        long linked = started;
        Map<Crawl, Set<String>> visited = new ConcurrentHashMap<>();
        BlockingQueue<Browser> browsers = new LinkedBlockingQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(BROWSERS)) {
            for (int i = 0; i < BROWSERS; i++) {
                Browser b = Browser.start().at(port);
                ((HasCdp) b.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", PageCheck.CSP_LISTENER));
                browsers.add(b);
            }
            try {
                run(pool, browsers, crawls, c -> visited.put(c, follow(c, routes, vocabulary)));
                linked = System.nanoTime();
                // every route once per account, in one language, alternating between accounts: each route is still
                // opened in both languages (by different roles), and by every role in one
                List<Crawl> enumerated = new ArrayList<>();
                for (int i = 0; i < accounts.size(); i++) {
                    enumerated.add(new Crawl(accounts.get(i), LANGUAGES.get(i % LANGUAGES.size())));
                }
                run(pool, browsers, enumerated, c -> enumerate(c, routes, vocabulary, visited.get(c)));
            } finally {
                browsers.forEach(Browser::quit);
            }
        }
        int pages = visited.values().stream().mapToInt(Set::size).sum();
        System.out.printf("Page crawler: %d crawls, %d page loads by link (%.0f s), %d routes (%.0f s)%n", crawls.size(),
                pages, (linked - started) / 1e9, routes.all().size(), (System.nanoTime() - linked) / 1e9);
        KnownDefects known = KnownDefects.load();
        List<String> sorted = new ArrayList<>();
        List<String> tolerated = new ArrayList<>();
        for (String f : failures) {
            (known.covers(f) ? tolerated : sorted).add(f);
        }
        Collections.sort(sorted);
        System.out.printf("Page crawler: %d known defects still open (%s), %d known entries no longer seen: %s%n",
                tolerated.size(), KnownDefects.FILE, known.unused().size(), known.unused());
        assertThat(sorted).as(String.join("\n", sorted.subList(0, Math.min(300, sorted.size())))).isEmpty();
    }

    private interface Step {
        void run(Crawl crawl) throws Exception;
    }

    private final ThreadLocal<Browser> current = new ThreadLocal<>();

    private void run(ExecutorService pool, BlockingQueue<Browser> browsers, List<Crawl> crawls, Step step)
            throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (Crawl c : crawls) {
            done.add(pool.submit(() -> {
                Browser b = browsers.take();
                current.set(b);
                try {
                    step.run(c);
                } finally {
                    current.remove();
                    browsers.add(b);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }

    /** Signs in, switches language, and follows every same-site link breadth first; returns the URLs opened. */
    private Set<String> follow(Crawl crawl, PageRoutes routes, UiVocabulary vocabulary) {
        Browser b = begin(crawl);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perRoute = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            Map<String, Object> facts = load(b, crawl, path, vocabulary);
            if (facts == null) {
                continue;
            }
            routes.match(pathOnly(path)).ifPresent(m -> reached.computeIfAbsent(m.pattern(), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(crawl.account.username, k -> ConcurrentHashMap.newKeySet()).add(m.variables()));
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) facts.get("links");
            for (String href : links) {
                String next = local(href);
                if (next == null || seen.contains(next) || queue.contains(next)) {
                    continue;
                }
                String route = routes.match(pathOnly(next)).map(m -> m.pattern().getPatternString())
                        .orElse(pathOnly(next));
                if (perRoute.merge(route, 1, Integer::sum) <= PER_ROUTE) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /**
     * Every page route, once: with the variables only other accounts reached (another scope: the page or
     * the application's own 403/404), else with those of a page this account reached but did not open,
     * else, when nobody reached it, with unknown ids (the application's own 404).
     */
    private void enumerate(Crawl crawl, PageRoutes routes, UiVocabulary vocabulary, Set<String> visited) {
        Browser b = begin(crawl);
        Set<String> opened = new HashSet<>();
        visited.forEach(u -> routes.match(pathOnly(u)).ifPresent(m -> opened.add(m.pattern().getPatternString())));
        for (PathPattern route : routes.all()) {
            Map<String, Set<Map<String, String>>> byAccount = reached.getOrDefault(route, Map.of());
            Set<Map<String, String>> mine = byAccount.getOrDefault(crawl.account.username, Set.of());
            Map<String, String> variables = byAccount.values().stream().flatMap(Set::stream)
                    .filter(v -> !mine.contains(v)).findFirst()
                    .or(() -> opened.contains(route.getPatternString()) ? java.util.Optional.empty()
                            : mine.stream().findFirst())
                    .orElse(byAccount.isEmpty() ? unknownIds(route) : null);
            if (variables != null) {
                String path = PageRoutes.expand(route, variables);
                if (!visited.contains(path)) {
                    load(b, crawl, path, vocabulary);
                }
            }
        }
    }

    private static Map<String, String> unknownIds(PathPattern route) {
        Map<String, String> ids = new LinkedHashMap<>();
        var m = java.util.regex.Pattern.compile("\\{([^}:]+)").matcher(route.getPatternString());
        while (m.find()) {
            ids.put(m.group(1), UUID.randomUUID().toString());
        }
        return ids;
    }

    private Browser begin(Crawl crawl) {
        Browser b = current.get();
        b.signIn(crawl.account.username, crawl.account.password);
        b.open("/?lang=" + crawl.language);
        return b;
    }

    /** Opens one page and records its defects; null if it could not be read (a download, say). */
    private Map<String, Object> load(Browser b, Crawl crawl, String path, UiVocabulary vocabulary) {
        try {
            WebDriver driver = b.driver();
            driver.manage().window().setSize(new Dimension(WIDTHS.get(0), 900));
            b.open(path);
            Map<String, Object> first = null;
            for (int width : WIDTHS) {
                if (width != WIDTHS.get(0)) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> facts = (Map<String, Object>) ((JavascriptExecutor) driver)
                        .executeScript(PageCheck.SCRIPT);
                if (b.path().startsWith("/login")) {
                    failures.add(crawl.label(width, path) + ": signed out (landed on the sign-in page)");
                    b.signIn(crawl.account.username, crawl.account.password);
                    return null;
                }
                for (String defect : PageCheck.defects(facts, crawl.language, width, vocabulary)) {
                    failures.add(crawl.label(width, path) + ": " + defect);
                }
                first = first == null ? facts : first;
            }
            return first;
        } catch (RuntimeException e) {
            failures.add(crawl.label(WIDTHS.get(0), path) + ": could not be opened: " + e.getClass().getSimpleName() + " "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return null;
        }
    }

    private String local(String href) {
        String base = "http://localhost:" + port;
        if (!href.startsWith(base + "/")) {
            return null;
        }
        String path = href.substring(base.length());
        int hash = path.indexOf('#');
        if (hash >= 0) {
            path = path.substring(0, hash);
        }
        String p = pathOnly(path);
        if (path.isEmpty() || path.contains("lang=") || p.startsWith("/api/") || p.startsWith("/v3/")
                || p.startsWith("/ledger/") || p.startsWith("/webjars/") || p.startsWith("/css/")
                || p.startsWith("/js/") || p.equals("/logout") || p.matches(".*\\.(csv|txt|pdf|json|png)$")
                || p.startsWith("/commitment-orders/documents/")) {
            return null;
        }
        return path;
    }

    private static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /**
     * One transfer out of CECOT awaiting departure (the demo dataset has none), so the movements page lists it with
     * its buttons and the link to its cancellation page, which the crawl then follows.
     */
    private void pendingTransfer() {
        UUID person = jdbc.sql("select person_id from housing_person where facility_code = 'CECOT' and held"
                + " and out_since is null order by booking_number limit 1").query(UUID.class).single();
        String to = jdbc.sql("select code from facility where code <> 'CECOT' order by code limit 1")
                .query(String.class).single();
        String notified = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2).toString();
        var warden = org.custos.support.Api.as(port, users.with(Role.WARDEN, Set.of("CECOT"), null));
        var r = warden.post("/api/v1/transfers", "{\"personId\":\"" + person + "\",\"toFacility\":\"" + to
                + "\",\"reason\":\"Acercamiento familiar\",\"authorizedBy\":\"Director General\","
                + "\"familyNotification\":{\"notifiedPerson\":\"Rosa Díaz (hermana)\",\"means\":\"teléfono\","
                + "\"notifiedAt\":\"" + notified + "\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** The demo accounts the server wrote (one per role), and an administrator. */
    private List<Account> accounts() throws IOException {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account(users.with(Role.ADMINISTRATOR), TestUsers.PASSWORD));
        for (String line : Files.readAllLines(DATA.resolve("demo-accounts.txt"))) {
            String[] parts = line.strip().split("\\s+");
            if (line.startsWith("  ") && parts.length == 2) {
                accounts.add(new Account(parts[0], parts[1]));
            }
        }
        assertThat(accounts).hasSizeGreaterThan(Role.values().length - 1);
        return accounts;
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("custos-crawler-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
