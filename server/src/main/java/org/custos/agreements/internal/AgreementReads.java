package org.custos.agreements.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.agreements.rules.AgreementTerms;
import org.custos.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading agreements within the caller's scope: monitors and administrators see every agreement; a liaison only
 * its state's; a facility-scoped agreement administrator only those whose current facilities include one of its
 * own. Anything else does not exist for the caller (404 {@code agreements.not-found}).
 */
@Component
public class AgreementReads {

    private record Head(UUID id, String code, String sendingState, String createdBy, OffsetDateTime createdAt) {
    }

    private record Row(UUID id, int version, String reason, LocalDate effectiveFrom, LocalDate endsOn, int places,
                       String terms, String recordedBy, OffsetDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public AgreementService.Agreement get(UUID id, CurrentUser caller) {
        Head h = jdbc.sql("select id, code, sending_state, created_by, created_at from agreement where id = :id")
                .param("id", id).query(Head.class).optional().orElseThrow(AgreementService::notFound);
        AgreementService.Agreement a = new AgreementService.Agreement(h.id(), h.code(), h.sendingState(), h.createdBy(),
                h.createdAt(), versions(id));
        if (!visible(a, caller)) throw AgreementService.notFound();
        return a;
    }

    /** The agreement of this code, if it exists and the caller may see it. */
    public java.util.Optional<AgreementService.Agreement> byCode(String code, CurrentUser caller) {
        if (code == null || code.isBlank()) return java.util.Optional.empty();
        return jdbc.sql("select id from agreement where code = :c").param("c", code.trim().toUpperCase())
                .query(UUID.class).optional().map(id -> get(id, null)).filter(a -> visible(a, caller));
    }

    /** Every agreement the caller may see, by code. */
    public List<AgreementService.Agreement> list(CurrentUser caller) {
        return jdbc.sql("select id, code, sending_state, created_by, created_at from agreement order by code")
                .query(Head.class).list().stream()
                .map(h -> new AgreementService.Agreement(h.id(), h.code(), h.sendingState(), h.createdBy(), h.createdAt(),
                        versions(h.id())))
                .filter(a -> visible(a, caller)).toList();
    }

    static boolean visible(AgreementService.Agreement a, CurrentUser caller) {
        if (caller == null) return true;
        if (caller.isLiaison()) return caller.liaisonState() != null && caller.liaisonState().equals(a.sendingState());
        if (caller.national()) return true;
        return a.current().terms().facilities().stream().anyMatch(caller.facilities()::contains);
    }

    private List<AgreementService.Version> versions(UUID agreement) {
        return jdbc.sql("""
                select id, version, reason, effective_from, ends_on, places, terms::text as terms, recorded_by, recorded_at
                from agreement_version where agreement_id = :a order by version""")
                .param("a", agreement).query(Row.class).list().stream()
                .map(r -> new AgreementService.Version(r.id(), r.version(), r.reason(), r.effectiveFrom(), r.endsOn(),
                        r.places(), json.readValue(r.terms(), AgreementTerms.class), r.recordedBy(), r.recordedAt()))
                .toList();
    }

    void lock(UUID agreement) {
        jdbc.sql("select id from agreement where id = :a for update").param("a", agreement).query(UUID.class).single();
    }

    int lastVersion(UUID agreement) {
        return jdbc.sql("select max(version) from agreement_version where agreement_id = :a").param("a", agreement)
                .query(Integer.class).single();
    }
}
