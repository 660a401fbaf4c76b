package org.custos.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Client addresses that have signed in successfully to an account before (table {@code sign_in_known_client}). */
@Component
class KnownClients {

    private final JdbcClient jdbc;
    private final Clock clock;

    KnownClients(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isKnown(String account, String client) {
        return client != null && jdbc.sql("""
                        select exists (select 1 from sign_in_known_client
                                        where username = :u and client_address = :c)""")
                .param("u", account).param("c", client).query(Boolean.class).single();
    }

    void remember(String account, String client) {
        if (client == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into sign_in_known_client (username, client_address, first_seen, last_seen)
                        values (:u, :c, :now, :now)
                        on conflict (username, client_address) do update set last_seen = excluded.last_seen""")
                .param("u", account).param("c", client).param("now", now).update();
    }
}
