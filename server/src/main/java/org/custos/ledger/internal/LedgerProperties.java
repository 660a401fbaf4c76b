package org.custos.ledger.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custos.ledger.*}: the log's origin (also its key name), how often at most a checkpoint is signed,
 * whether anonymous callers may read {@code /ledger/**}, when the self-check runs, the sequencer's batch size
 * (and, in the same spirit, how many 128 KiB chunks of stored hashes {@link HashCache} keeps) and the witnesses (tlog-witness URL prefix and verifier key).
 */
@ConfigurationProperties("custos.ledger")
record LedgerProperties(@DefaultValue("custos.local/ledger") String origin,
                        @DefaultValue("500ms") Duration checkpointInterval,
                        @DefaultValue("false") boolean publicRead,
                        @DefaultValue("0 30 3 * * *") String auditCron,
                        @DefaultValue("4096") int batchSize,
                        @DefaultValue("200ms") Duration pollInterval,
                        @DefaultValue("512") int hashCacheChunks,
                        List<WitnessConfig> witnesses) {

    LedgerProperties {
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
    }

    record WitnessConfig(String url, String vkey) {
    }
}
