package org.custos.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: an external PostgreSQL when {@code CUSTOS_DB_URL} is set (production),
 * otherwise a PostgreSQL server this process starts itself ({@link EmbeddedDatabase}), keeping its data in
 * {@code <data-dir>/pg} so that it survives restarts, with {@code fsync} and {@code synchronous_commit} on:
 * a commit is on disk before it is acknowledged. The pool signs in as a role that owns the schema and is not a
 * superuser; Flyway's migrations run as that owner too.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${custos.db.url:}") String url,
                                      @Value("${custos.data-dir}") String dataDir,
                                      @Value("${custos.db.embedded-clean:false}") boolean clean,
                                      @Value("${custos.db.binaries-dir:}") String binariesDir,
                                      @Value("${custos.db.run-as:nobody}") String runAs,
                                      @Value("${custos.db.startup-wait:120s}") Duration wait,
                                      @Value("${custos.db.fsync:true}") boolean fsync) throws IOException {
        if (!url.isBlank()) {
            return EmbeddedDatabase.none();
        }
        Path dir = Path.of(dataDir).toAbsolutePath();
        Path binaries = binariesDir.isBlank() ? dir.resolve("pg-bin") : Path.of(binariesDir).toAbsolutePath();
        long started = System.nanoTime();
        // fsync and synchronous_commit on: a commit is on disk before it is acknowledged, surviving a crash of
        // PostgreSQL and of the machine. Records of custody must survive both. Only the test suite's throwaway
        // databases set custos.db.fsync=false (application-test.yml): a commit still waits for its WAL to reach the
        // operating system, so it survives a crash of PostgreSQL or of the server, not of the machine.
        if (!fsync) {
            log.warn("custos.db.fsync=false: the embedded database does not survive a crash of the machine (tests only)");
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, binaries, runAs, clean, Map.of(
                "max_connections", "60",
                // An admission holds an advisory lock per identity document until it commits: a bulk chunk of
                // 2,000 persons with up to 10 documents each needs far more than the default 64 slots per connection.
                "max_locks_per_transaction", "512",
                "shared_buffers", "256MB",
                "synchronous_commit", "on",
                "fsync", fsync ? "on" : "off",
                "timezone", "UTC"), wait);
        log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {} ({} ms)", db.port(), dir.resolve("pg"),
                (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase embedded,
                                @Value("${custos.db.url:}") String url,
                                @Value("${custos.db.user:}") String user,
                                @Value("${custos.db.password:}") String password,
                                @Value("${spring.datasource.hikari.maximum-pool-size:16}") int poolSize) {
        HikariConfig config = new HikariConfig();
        if (embedded.running()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(embedded.appUser());
            config.setPassword(embedded.appPassword());
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("custos");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
