package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.custos.identity.CurrentUser;
import org.custos.registry.OrderDocuments;
import org.custos.shared.web.ProblemException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out a stored commitment order only to a caller who can see a person whose admission names
 * it, and logs the read in each such person's access log.
 */
@Component
class OrderDocumentReads {

    static final String PURPOSE = "Documento de la orden de detención";
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OrderDocumentReads(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    OrderDocuments.Download download(String sha256, CurrentUser caller) {
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw notFound();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("sha", sha256.toLowerCase(Locale.ROOT));
        String scope = Scope.sql(caller, params);
        var found = jdbc.query("select content_type, content from commitment_order_document where sha256 = :sha"
                + " and exists (select 1 from admission a join person p on p.id = a.person_id"
                + " where a.order_document_sha256 = :sha and " + scope + ")", params,
                (rs, n) -> new OrderDocuments.Download((String) params.get("sha"), rs.getString(1), rs.getBytes(2)));
        if (found.isEmpty()) {
            throw notFound();
        }
        params.put("reader", caller.username());
        params.put("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        params.put("why", PURPOSE + " " + params.get("sha").toString().substring(0, 12));
        jdbc.update("insert into file_access(id, person_id, reader, read_at, purpose)"
                + " select gen_random_uuid(), p.id, :reader, :at, :why from person p where " + scope
                + " and p.id in (select a.person_id from admission a where a.order_document_sha256 = :sha)", params);
        return found.getFirst();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("registry.not-found");
    }
}
