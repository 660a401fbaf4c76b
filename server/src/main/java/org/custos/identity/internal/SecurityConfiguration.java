package org.custos.identity.internal;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: {@code /api/**} and the ledger's tile API {@code /ledger/**} are stateless (HTTP basic or bearer token, no cookies, so no
 * CSRF exposure), everything else is the web UI with form sign-in, sessions and CSRF protection.
 * Authorization per action is declared on each handler with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${custos.security.pbkdf2-iterations:310000}") int iterations) {
        var pbkdf2 = new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        return new DelegatingPasswordEncoder("pbkdf2", Map.of("pbkdf2", pbkdf2));
    }

    @Bean
    AuthenticationManager authenticationManager(CustosUserDetailsService users, PasswordEncoder encoder,
                                                SignInThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
    }

    /**
     * The firewall refuses {@code ;}, {@code //}, {@code %2F}, {@code %00} and the like in a path before any
     * chain runs: the refusal is a problem document ({@code request.rejected}), never the container's page.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejected(
            org.custos.shared.web.ProblemWriter writer) {
        return (request, response, e) -> writer.write(request, response, new org.custos.shared.web.ProblemException(
                org.springframework.http.HttpStatus.BAD_REQUEST, "request.rejected"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, UserStore users,
                            ProblemResponses problems, PublicLedgerRead publicLedger) throws Exception {
        http.securityMatcher("/api/**", "/ledger/**")
                .authenticationManager(manager)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::denied))
                .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> {
                    if (publicLedger.enabled()) {
                        a.requestMatchers(org.springframework.http.HttpMethod.GET, "/ledger/**").permitAll();
                    }
                    a.anyRequest().authenticated();
                });
        return http.build();
    }

    /**
     * The OpenAPI document and Swagger UI's configuration answer both kinds of caller: an API client (HTTP basic
     * or a bearer token, no session created) and a signed-in browser, whose session the API page's embedded
     * reference uses. Read-only (GET), so a session here exposes nothing to cross-site requests.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, UserStore users,
                                ProblemResponses problems) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs")
                .authenticationManager(manager)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::denied))
                .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(org.springframework.http.HttpMethod.GET, "/v3/api-docs",
                        "/v3/api-docs/**").authenticated().anyRequest().denyAll());
        return http.build();
    }

    /**
     * Swagger UI runs inside the API page ({@code /api}), so its files may be framed by our own pages
     * ({@code frame-ancestors 'self'}); every other page may be framed by nobody.
     */
    @Bean
    @Order(3)
    SecurityFilterChain swaggerUi(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/swagger-ui/**", "/api-docs.html")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login"))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.sameOrigin())
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP.replace("frame-ancestors 'none'",
                                "frame-ancestors 'self'"))))
                .addFilterAfter(new PasswordChangeGate(problems),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }

    /** The content security policy of every page: nothing inline, nothing from elsewhere, never framed. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(4)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems,
                           UserStore users) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .failureHandler(new SignInFailure())
                        .defaultSuccessUrl("/", false))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                .addFilterBefore(new SessionAccountCheck(users),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        return http.build();
    }
}
