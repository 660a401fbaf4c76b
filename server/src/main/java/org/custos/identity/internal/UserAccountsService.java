package org.custos.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserAccountsService implements UserAccounts {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** The most facilities one user's scope names. */
    static final int MAX_FACILITIES = 100;
    private final SecureRandom random = new SecureRandom();
    private final UserStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final org.custos.identity.KnownFacilities facilities;
    private final SignInThrottle throttle;

    UserAccountsService(UserStore store, PasswordEncoder encoder, Clock clock,
                        org.custos.identity.KnownFacilities facilities, SignInThrottle throttle) {
        this.facilities = facilities;
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    @Transactional
    public CurrentUser create(NewUser user, String createdBy) {
        return insert(user, createdBy, true);
    }

    @Override
    @Transactional
    public CurrentUser createReady(NewUser user, String createdBy) {
        return insert(user, createdBy, false);
    }

    private CurrentUser insert(NewUser user, String createdBy, boolean mustChange) {
        Validation v = new Validation();
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
        v.rejectIf(!username.matches("[a-z0-9._-]{3,64}"), "username", "username.shape");
        v.rejectIf(user.displayName() == null || user.displayName().isBlank(), "displayName", "required");
        org.custos.shared.web.Bounds.text(v, "displayName", user.displayName(), org.custos.shared.web.Bounds.NAME);
        scope(v, user.roles(), user.facilities(), user.liaisonState());
        PasswordPolicy.check(user.initialPassword(), username, "initialPassword", v);
        v.rejectIf(!username.isEmpty() && store.findByUsername(username).isPresent(), "username", "username.taken");
        v.throwIfInvalid("identity.validation");
        UUID id = UUID.randomUUID();
        store.insert(id, username, user.displayName().trim(), encoder.encode(user.initialPassword()), mustChange,
                user.liaisonState(), user.roles(), user.facilities(), OffsetDateTime.now(clock), createdBy);
        store.recordChange(id, "created", UserAdministration.describe(user.roles(), user.facilities(),
                user.liaisonState()), OffsetDateTime.now(clock), createdBy);
        return store.findById(id).orElseThrow().user();
    }

    /** The rules of a scope: at least one role, known facilities, a liaison alone and with a known state. */
    void scope(Validation v, Set<Role> roles, Set<String> scope, String liaisonState) {
        v.rejectIf(roles.isEmpty(), "roles", "required");
        if (org.custos.shared.web.Bounds.list(v, "facilities", scope, MAX_FACILITIES)) {
            List<String> codes = scope.stream().sorted(java.util.Comparator.nullsFirst(String::compareTo)).toList();
            for (int i = 0; i < codes.size(); i++) {
                v.rejectIf(codes.get(i) == null || !facilities.exists(codes.get(i)), "facilities[" + i + "]",
                        "facility.unknown");
            }
        }
        boolean liaison = roles.contains(Role.LIAISON);
        v.rejectIf(liaison && (liaisonState == null || !COUNTRIES.contains(liaisonState)),
                "liaisonState", "country.unknown");
        v.rejectIf(liaison && roles.size() > 1, "roles", "role.liaison-alone");
        v.rejectIf(!liaison && liaisonState != null, "liaisonState", "role.not-liaison");
    }

    @Override
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserStore.StoredUser stored = store.findByUsername(username)
                .orElseThrow(() -> ProblemException.notFound("identity.unknown-user"));
        Validation v = new Validation();
        v.rejectIf(!currentPasswordMatches(username, currentPassword, stored.passwordHash()),
                "currentPassword", "password.wrong");
        PasswordPolicy.check(newPassword, username, "newPassword", v);
        v.rejectIf(newPassword != null && newPassword.equals(currentPassword), "newPassword", "password.unchanged");
        v.throwIfInvalid("identity.validation");
        store.updatePassword(stored.user().id(), encoder.encode(newPassword));
    }

    /** The current-password check goes through the same back-off as a sign-in (its own counter). */
    private boolean currentPasswordMatches(String username, String password, String hash) {
        SignInThrottle.Attempt attempt;
        try {
            attempt = throttle.passwordChange(username, ClientAddress.current());
        } catch (SignInThrottledException e) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "identity.throttled", List.of(
                    FieldProblem.of("currentPassword", "password.throttled", e.retryAfterSeconds())))
                    .withHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        boolean matches = password != null && encoder.matches(password, hash);
        if (matches) {
            throttle.succeeded(attempt);
        } else {
            throttle.failed(attempt);
        }
        return matches;
    }

    @Override
    public boolean anyUserExists() {
        return store.any();
    }

    @Override
    public Optional<CurrentUser> find(String username) {
        return store.findByUsername(username).map(UserStore.StoredUser::user);
    }

    @Override
    public List<CurrentUser> list() {
        return store.all();
    }

    @Override
    public String randomPassword() {
        StringBuilder sb = new StringBuilder(20);
        do {
            sb.setLength(0);
            for (int i = 0; i < 20; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        } while (PasswordPolicy.repetitive(sb.toString()));
        return sb.toString();
    }

    static ProblemException forbidden(String code) {
        return new ProblemException(HttpStatus.FORBIDDEN, code);
    }
}
