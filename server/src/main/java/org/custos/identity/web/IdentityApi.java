package org.custos.identity.web;

import org.custos.identity.internal.ApiTokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tokens, one's own password, and user administration. */
@RestController
class IdentityApi {

    record TokenResponse(String token, OffsetDateTime expiresAt) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record UserRequest(String username, String displayName, List<Role> roles, List<String> facilities,
                       String liaisonState, String initialPassword) {
    }

    record UserView(String username, Set<Role> roles, Set<String> facilities, String liaisonState,
                    boolean mustChangePassword) {
        static UserView of(CurrentUser u) {
            return new UserView(u.username(), u.roles(), u.facilities(), u.liaisonState(), u.mustChangePassword());
        }
    }

    record Me(String username, Set<Role> roles, Set<String> facilities, String liaisonState) {
    }

    private final ApiTokens tokens;
    private final UserAccounts accounts;

    IdentityApi(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.SIGNED_IN)
    TokenResponse issueToken() {
        ApiTokens.Issued issued = tokens.issue(Callers.current().id());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize(Access.SIGNED_IN)
    Me me() {
        CurrentUser u = Callers.current();
        return new Me(u.username(), u.roles(), u.facilities(), u.liaisonState());
    }

    @PostMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.SIGNED_IN)
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changePassword(Callers.current().username(), change.currentPassword(), change.newPassword());
    }

    @GetMapping("/api/v1/users")
    @PreAuthorize(Access.MANAGE_USERS)
    List<UserView> users() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_USERS)
    UserView createUser(@RequestBody UserRequest r) {
        var v = new org.custos.shared.web.Validation();
        nulls(v, "roles", r.roles());
        nulls(v, "facilities", r.facilities());
        v.throwIfInvalid("identity.validation");
        Set<Role> roles = r.roles() == null ? Set.of() : Set.copyOf(r.roles());
        Set<String> facilities = r.facilities() == null ? Set.of() : Set.copyOf(r.facilities());
        return UserView.of(accounts.create(new NewUser(r.username(), r.displayName(), roles, facilities,
                r.liaisonState(), r.initialPassword()), Callers.current().username()));
    }

    /** A JSON {@code null} inside a list is refused by its index ({@code facilities[0]}). */
    private static void nulls(org.custos.shared.web.Validation v, String field, List<?> values) {
        for (int i = 0; values != null && i < values.size(); i++) {
            v.rejectIf(values.get(i) == null, field + "[" + i + "]", "required");
        }
    }
}
