package org.custos.support;

import java.util.Set;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.springframework.boot.test.context.TestComponent;

/** Creates ready-to-use users (no password change needed) with unique names for a test. */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    private final UserAccounts accounts;

    public TestUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** A user holding {@code role}, national scope. Returns its username. */
    public String with(Role role) {
        return with(role, Set.of(), null);
    }

    private static String abbreviate(Role role) {
        String name = role.name().toLowerCase().replace('_', '-');
        return name.length() > 12 ? name.substring(0, 12) : name;
    }

    public String with(Role role, Set<String> facilities, String liaisonState) {
        String username = abbreviate(role) + "-" + TestData.unique();
        String displayName = "Prueba " + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        accounts.createReady(new NewUser(username, displayName, Set.of(role), facilities, liaisonState, PASSWORD),
                "test");
        return username;
    }
}
