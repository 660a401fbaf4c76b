package org.custos.shared.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's two roles, generated at first start and kept in
 * {@code <data-dir>/db-passwords.properties}, readable only by this process's user (mode 600).
 */
record DatabaseSecrets(String superuser, String app, boolean fresh) {

    static final String FILE = "db-passwords.properties";

    static DatabaseSecrets load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
            return new DatabaseSecrets(p.getProperty("superuser"), p.getProperty("app"), false);
        }
        DatabaseSecrets created = new DatabaseSecrets(random(), random(), true);
        Path partial = dataDir.resolve(FILE + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties p = new Properties();
        p.setProperty("superuser", created.superuser());
        p.setProperty("app", created.app());
        try (Writer out = Files.newBufferedWriter(partial, StandardOpenOption.WRITE)) {
            p.store(out, "Passwords of the embedded PostgreSQL (roles postgres and custos). Keep private.");
        }
        return created;
    }

    /** Keeps freshly generated passwords once PostgreSQL has them. */
    void keep(Path dataDir) throws IOException {
        if (fresh) {
            Files.move(dataDir.resolve(FILE + ".new"), dataDir.resolve(FILE));
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }
}
