package org.custos.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.custos.identity.NewUser;
import org.custos.identity.Role;
import org.custos.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, each with a random password printed once and kept in
 * {@code <data-dir>/demo-accounts.txt} (readable by the owner only). No password is in the code.
 */
@Component
class DemoAccounts {

    private final UserAccounts accounts;
    private final Path file;

    DemoAccounts(UserAccounts accounts, @Value("${custos.data-dir}") String dataDir) {
        this.accounts = accounts;
        this.file = Path.of(dataDir).resolve("demo-accounts.txt");
    }

    void create() throws IOException {
        Map<String, String> created = new LinkedHashMap<>();
        add(created, "registro", "Oficina de registro", Set.of(Role.RECORDS_CLERK), Set.of(), null);
        add(created, "director-cecot", "Dirección del CECOT", Set.of(Role.WARDEN), Set.of("CECOT"), null);
        add(created, "custodio", "Custodio de turno", Set.of(Role.CUSTODY_OFFICER), Set.of("LA-ESPERANZA"), null);
        add(created, "trabajo", "Programa Cero Ocio", Set.of(Role.WORK_MANAGER), Set.of(), null);
        add(created, "penas", "Administración de penas", Set.of(Role.SENTENCE_ADMINISTRATOR), Set.of(), null);
        add(created, "convenios", "Convenios de custodia", Set.of(Role.AGREEMENT_ADMINISTRATOR), Set.of(), null);
        add(created, "monitor", "Procuraduría para la Defensa de los Derechos Humanos", Set.of(Role.MONITOR),
                Set.of(), null);
        add(created, "enlace-us", "Embajada de los Estados Unidos (enlace)", Set.of(Role.LIAISON), Set.of(), "US");
        StringBuilder text = new StringBuilder("Custos demo accounts (one per role). Keep this file private.\n");
        created.forEach((user, password) -> text.append(String.format("  %-16s %s%n", user, password)));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the default permissions
        }
        System.out.println(text + "  (also written to " + file.toAbsolutePath() + ")");
    }

    private void add(Map<String, String> created, String username, String name, Set<Role> roles,
                     Set<String> facilities, String state) {
        if (accounts.find(username).isPresent()) {
            return;
        }
        String password = accounts.randomPassword();
        accounts.createReady(new NewUser(username, name, roles, facilities, state, password), "demo");
        created.put(username, password);
    }
}
