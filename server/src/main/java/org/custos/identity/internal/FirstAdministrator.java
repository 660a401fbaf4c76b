package org.custos.identity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no users yet) creates the administrator {@code admin} with a random
 * one-time password, printed once to the console; it must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private final UserAccounts accounts;
    private final String dataDir;

    FirstAdministrator(UserAccounts accounts, @Value("${custos.data-dir}") String dataDir) {
        this.accounts = accounts;
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (accounts.anyUserExists()) {
            return;
        }
        String password = accounts.randomPassword();
        accounts.create(new NewUser("admin", "Administrador", Set.of(Role.ADMINISTRATOR), Set.of(), null, password),
                "system");
        System.out.println();
        System.out.println("==================================================================");
        System.out.println(" Custos: first start. Administrator account created.");
        System.out.println("   user:     admin");
        System.out.println("   password: " + password + "   (one-time: change it at first sign-in)");
        System.out.println("==================================================================");
        System.out.println();
        Path marker = Path.of(dataDir).resolve("first-start.done");
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "administrator created\n");
    }
}
