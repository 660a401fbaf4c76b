package org.custos.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to other accounts: disable, enable, reset the password, change the scope. Each
 * change updates the account's current state and appends a row to its history ({@code app_user_change}).
 */
@Service
public class UserAdministration {

    /** An account as the administrator's pages show it. */
    public record ManagedUser(CurrentUser user, String displayName, boolean enabled) {
    }

    private final UserStore store;
    private final UserAccountsService accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserAdministration(UserStore store, UserAccountsService accounts, PasswordEncoder encoder, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    public List<ManagedUser> list() {
        return store.listed().stream().map(l -> new ManagedUser(l.user(), l.displayName(), l.enabled())).toList();
    }

    public ManagedUser find(String username) {
        return list().stream().filter(u -> u.user().username().equals(username)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("identity.unknown-user"));
    }

    /** What administrators changed on the account, newest first. */
    public List<UserStore.Change> history(String username) {
        return store.changes(find(username).user().id());
    }

    /** Disables or enables an account; an administrator cannot disable their own. */
    @Transactional
    public void setEnabled(String username, boolean enabled, String by) {
        ManagedUser u = find(username);
        if (!enabled && username.equals(by)) {
            throw ProblemException.conflict("identity.validation", FieldProblem.of("enabled", "user.self-disable"));
        }
        if (!enabled && u.user().roles().contains(Role.ADMINISTRATOR)
                && store.otherEnabledAdministrators(u.user().id()) == 0) {
            throw ProblemException.conflict("identity.validation", FieldProblem.of("enabled", "user.last-administrator"));
        }
        if (u.enabled() != enabled) {
            store.setEnabled(u.user().id(), enabled);
            store.recordChange(u.user().id(), enabled ? "enabled" : "disabled", null, OffsetDateTime.now(clock), by);
        }
    }

    /** Sets a new one-time password, returned once: the user must change it at the next sign-in. */
    @Transactional
    public String resetPassword(String username, String by) {
        ManagedUser u = find(username);
        String oneTime = accounts.randomPassword();
        store.resetPassword(u.user().id(), encoder.encode(oneTime));
        store.recordChange(u.user().id(), "password-reset", null, OffsetDateTime.now(clock), by);
        return oneTime;
    }

    /** Replaces the account's roles, facilities and represented state, under the rules of a new account. */
    @Transactional
    public void changeScope(String username, Set<Role> roles, Set<String> facilities, String liaisonState,
                            String by) {
        ManagedUser u = find(username);
        Validation v = new Validation();
        accounts.scope(v, roles, facilities, liaisonState);
        v.rejectIf(username.equals(by) && !roles.contains(Role.ADMINISTRATOR), "roles", "user.self-demote");
        v.rejectIf(u.enabled() && u.user().roles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)
                && store.otherEnabledAdministrators(u.user().id()) == 0, "roles", "user.last-administrator");
        v.throwIfInvalid("identity.validation");
        store.replaceScope(u.user().id(), roles, facilities, liaisonState);
        store.recordChange(u.user().id(), "scope-changed", describe(roles, facilities, liaisonState),
                OffsetDateTime.now(clock), by);
    }

    /** The scope as one line of the history: {@code WARDEN @ LA-ESPERANZA} or {@code LIAISON (US)}. */
    static String describe(Set<Role> roles, Set<String> facilities, String liaisonState) {
        String scope = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        if (!facilities.isEmpty()) {
            scope += " @ " + String.join(",", new TreeSet<>(facilities.stream().filter(Objects::nonNull).toList()));
        }
        return liaisonState == null ? scope : scope + " (" + liaisonState + ")";
    }
}
