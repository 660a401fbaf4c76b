package org.custos.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in throttling per account and client address, over HTTP basic as an API client would. */
@CustosTest
class SignInThrottleTest {

    /**
     * The free failures, plus a margin: a guess that reaches the server only after the first back-off
     * (2 s in tests) has run out is checked, as it should be, on a very slow machine.
     */
    private static final int STRAGGLERS = 7;
    private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    /** A fresh client address, in a /64 of its own (IPv6 documentation prefix), unique in this JVM. */
    static String address() {
        int n = ADDRESSES.incrementAndGet();
        return String.format("2001:db8:%x:%x::1", (n >>> 16) & 0xffff, n & 0xffff);
    }

    @Test
    void theAdministratorFromAKnownClientSignsInAfterAnAttackersFiftyWrongGuesses() {
        String admin = users.with(Role.ADMINISTRATOR);
        Client office = new Client(port, address());
        assertThat(office.get("/api/v1/me", admin, TestUsers.PASSWORD).status()).isEqualTo(200);

        Client attacker = new Client(port, address());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.add(attacker.get("/api/v1/me", admin, "wrong-guess-" + i).status());
        }
        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("guesses checked")
                .isLessThanOrEqualTo(STRAGGLERS);

        // One more failure once the attacker's back-off has run out: the account's back-off for
        // unknown clients starts afresh (at least 4 s), and the next calls come well within it.
        failOnceMore(attacker, admin);
        assertThat(office.get("/api/v1/me", admin, TestUsers.PASSWORD).status())
                .as("a known client with the right password").isEqualTo(200);
        Api.Response stranger = new Client(port, address()).get("/api/v1/me", admin, TestUsers.PASSWORD);
        assertThat(stranger.status()).as("an unknown client waits out the account's back-off").isEqualTo(429);
        assertThat(stranger.json().get("code").asString()).isEqualTo("identity.throttled");
        assertThat(Integer.parseInt(stranger.header("Retry-After"))).isPositive();
        Api.Response token = office.post("/api/v1/tokens", admin, TestUsers.PASSWORD, "{}");
        assertThat(token.status()).as("the token endpoint, same throttle").isEqualTo(201);
        assertThat(attacker.post("/api/v1/tokens", admin, TestUsers.PASSWORD, "{}").status()).isEqualTo(429);
    }

    /** Waits out the client's back-off (sleeping Retry-After), then fails once: a check, a longer back-off. */
    private static void failOnceMore(Client client, String username) {
        for (int i = 0; i < 20; i++) {
            Api.Response r = client.get("/api/v1/me", username, "one-more-guess-" + i);
            if (r.status() != 429) {
                assertThat(r.status()).isEqualTo(401);
                return;
            }
            try {
                Thread.sleep(Long.parseLong(r.header("Retry-After")) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the back-off never ran out");
    }

    @Test
    void thirtyParallelWrongGuessesAreMostlyRefusedBeforeAnyCheck() throws Exception {
        String name = users.with(Role.MONITOR);
        Client attacker = new Client(port, address());
        List<Callable<Api.Response>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String password = "parallel-guess-" + i;
            guesses.add(() -> attacker.get("/api/v1/me", name, password));
        }
        List<Api.Response> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
            for (Future<Api.Response> f : pool.invokeAll(guesses)) {
                responses.add(f.get());
            }
        }
        long checked = responses.stream().filter(r -> r.status() == 401).count();
        List<Api.Response> refused = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(checked).as("passwords actually checked").isLessThanOrEqualTo(STRAGGLERS);
        assertThat(refused).hasSize(30 - (int) checked);
        assertThat(refused).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("code").asString()).isEqualTo("identity.throttled");
            assertThat(r.header("Retry-After")).isNotBlank();
        });
    }

    @Test
    void sprayingOneGuessOverManyAccountsFromOneIpv6NetworkIsCountedAsOneClient() {
        String network = address().replace("::1", ":");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
            String name = users.with(Role.WORK_MANAGER);
            Client client = new Client(port, network + Integer.toHexString(i + 2) + ":0:0:7");
            statuses.add(client.get("/api/v1/me", name, "Spring2024-spray!").status());
        }
        assertThat(statuses.subList(0, 30)).as("the client's free failures").containsOnly(401);
        assertThat(statuses.subList(30, 34)).as("then the whole /64 backs off").contains(429);
    }

    @Test
    void theBackOffGrowsWithEachFailureAndIsRecordedForTheAdministrator() throws Exception {
        String name = users.with(Role.WARDEN);
        Client attacker = new Client(port, address());
        for (int failures = 0; failures < 7; ) {
            Api.Response r = attacker.get("/api/v1/me", name, "wrong-" + failures);
            if (r.status() == 429) {
                Thread.sleep(Long.parseLong(r.header("Retry-After")) * 1000);
            } else {
                assertThat(r.status()).isEqualTo(401);
                failures++;
            }
        }
        String admin = users.with(Role.ADMINISTRATOR);
        Api.Response lockouts = Api.as(port, admin).get("/api/v1/security/lockouts?username=" + name);
        assertThat(lockouts.status()).isEqualTo(200);
        List<Long> seconds = new ArrayList<>();
        for (JsonNode l : lockouts.json()) {
            assertThat(l.get("username").asString()).isEqualTo(name);
            if (l.get("scope").asString().equals("account-client")) {
                assertThat(l.get("clientAddress").asString()).isEqualTo(attacker.address());
                seconds.add(l.get("backOffSeconds").asLong());
            }
        }
        assertThat(seconds.reversed()).as("newest first in the API, growing over time")
                .hasSizeGreaterThanOrEqualTo(3).isSorted().doesNotHaveDuplicates();
        assertThat(Api.as(port, users.with(Role.MONITOR)).get("/api/v1/security/lockouts").status()).isEqualTo(403);
    }

    @Test
    void theCurrentPasswordCheckOfAPasswordChangeIsThrottled() throws Exception {
        String name = users.with(Role.RECORDS_CLERK);
        Client client = new Client(port, address());
        int checked = 0;
        Api.Response refused = null;
        for (int i = 0; i < 12 && refused == null; i++) {
            Api.Response r = client.post("/api/v1/account/password", name, TestUsers.PASSWORD, change("not-mine-" + i));
            if (r.status() == 429) {
                refused = r;
            } else {
                assertThat(r.status()).isEqualTo(422);
                assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("password.wrong");
                checked++;
            }
        }
        assertThat(checked).isBetween(5, STRAGGLERS);
        assertThat(refused).isNotNull();
        assertThat(refused.json().get("code").asString()).isEqualTo("identity.throttled");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("password.throttled");
        Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000);
        assertThat(client.post("/api/v1/account/password", name, TestUsers.PASSWORD, change("not-mine-again"))
                .status()).as("checked once the back-off ran out").isEqualTo(422);
        Api.Response right = client.post("/api/v1/account/password", name, TestUsers.PASSWORD,
                change(TestUsers.PASSWORD));
        assertThat(right.status()).as("even the right current password waits out the new back-off").isEqualTo(429);
        assertThat(client.get("/api/v1/me", name, TestUsers.PASSWORD).status())
                .as("signing in is another counter").isEqualTo(200);
        Api.Response lockouts = Api.as(port, users.with(Role.ADMINISTRATOR))
                .get("/api/v1/security/lockouts?username=" + name);
        List<String> scopes = new ArrayList<>();
        lockouts.json().forEach(l -> scopes.add(l.get("scope").asString()));
        assertThat(scopes).as("kept although the refused change rolled back").contains("password-change");
    }

    private static String change(String current) {
        return Api.json(Map.of("currentPassword", current, "newPassword", "a-brand-new-passphrase"));
    }
}
