package org.custos.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: an external PostgreSQL when {@code CUSTOS_DB_URL} is set (production),
 * otherwise a PostgreSQL server this process starts itself, keeping its data in
 * {@code <data-dir>/pg} so that it survives restarts, with {@code fsync} and {@code synchronous_commit} on:
 * a commit is on disk before it is acknowledged.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${custos.db.url:}") String url,
                                      @Value("${custos.data-dir}") String dataDir,
                                      @Value("${custos.db.embedded-clean:false}") boolean clean) throws IOException {
        if (!url.isBlank()) {
            return EmbeddedDatabase.none();
        }
        Path dir = Path.of(dataDir).toAbsolutePath().resolve("pg");
        Files.createDirectories(dir.getParent());
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("synchronous_commit", "on")
                // the embedded server is started with -F (fsync off) by the library: a commit would then survive
                // a crash of PostgreSQL but not of the machine. Records of custody must survive both.
                .setServerConfig("fsync", "on")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), dir,
                (System.nanoTime() - started) / 1_000_000);
        return EmbeddedDatabase.of(pg);
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
            config.setUsername("postgres");
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
