package org.custos.ledger.internal;

import java.nio.file.Path;
import org.custos.tlog.note.Ed25519NoteSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ledger's key, local checkpoint copies and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
@EnableScheduling
class LedgerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    @Bean
    Ed25519NoteSigner ledgerSigner(LedgerProperties properties, @Value("${custos.data-dir}") String dataDir,
                                   @Value("${CUSTOS_LEDGER_KEY:}") String fromEnvironment) {
        Ed25519NoteSigner signer = LogKey.load(fromEnvironment, Path.of(dataDir).toAbsolutePath(), properties.origin());
        log.info("Ledger {} verifier key: {}", properties.origin(), signer.verifier().verifierKey());
        return signer;
    }

    @Bean
    LocalCheckpoints localCheckpoints(@Value("${custos.data-dir}") String dataDir) {
        return new LocalCheckpoints(Path.of(dataDir).toAbsolutePath().resolve("ledger"));
    }
}
