package org.custos.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.support.CustosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RecordCheck} merges two streams ordered by event id in PostgreSQL; it must compare uuids the way
 * PostgreSQL orders them (their bytes, unsigned), or the rows of an entry whose id starts with a byte of 0x80 or
 * more would never meet it ({@link UUID#compareTo} compares signed halves).
 */
@CustosTest
class RecordCheckOrderTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void uuidsCompareInPostgresqlOrder() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(UUID.randomUUID());
        }
        ids.add(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"));
        ids.add(UUID.fromString("80000000-0000-0000-0000-000000000000"));
        ids.add(UUID.fromString("00000000-0000-0000-8000-000000000000"));
        ids.add(UUID.fromString("00000000-0000-0000-7fff-ffffffffffff"));
        List<UUID> byPostgresql = jdbc.sql("select u from unnest(?::uuid[]) u order by u")
                .param(ids.toArray(UUID[]::new)).query(UUID.class).list();
        List<UUID> byAudit = new ArrayList<>(ids);
        byAudit.sort(RecordCheck::compare);
        assertThat(byAudit).containsExactlyElementsOf(byPostgresql);
    }
}
