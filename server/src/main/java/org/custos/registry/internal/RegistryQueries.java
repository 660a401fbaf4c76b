package org.custos.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.registry.AccessLogEntry;
import org.custos.registry.CustodySpan;
import org.custos.registry.Page;
import org.custos.registry.PersonFile;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.custos.shared.web.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Search, the person's file (each read logged before it is returned) and the access log. */
@Service
class RegistryQueries implements Registry {

    static final int PURPOSE_MAX = 500;
    private final PersonSearch search;
    private final PersonFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryQueries(PersonSearch search, PersonFiles files, JdbcClient jdbc, Clock clock) {
        this.search = search;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PersonSummary> search(SearchQuery query, CurrentUser caller) {
        return search.search(query, caller);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<PersonSummary> find(UUID personId, CurrentUser caller) {
        return files.find(personId).filter(p -> Scope.visible(caller, p)).map(PersonRow::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, PersonSummary> findAll(java.util.Collection<UUID> personIds, CurrentUser caller) {
        if (personIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = Scope.sql(caller, params);
        params.put("ids", List.copyOf(personIds));
        java.util.Map<UUID, PersonSummary> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + PersonRow.COLUMNS + " from person p where p.id in (:ids) and " + where).params(params)
                .query(PersonRow::map).list().forEach(p -> out.put(p.id(), p.summary()));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<CustodySpan> custodySpan(UUID personId, CurrentUser caller) {
        return find(personId, caller).map(p -> jdbc.sql("""
                select least(min(a.arrested_at), min(a.admitted_at)),
                       (select max(r.released_at) from person_release r where r.person_id = :p)
                from admission a where a.person_id = :p""").param("p", personId)
                .query((rs, n) -> new CustodySpan(rs.getObject(1, OffsetDateTime.class),
                        p.held() ? null : rs.getObject(2, OffsetDateTime.class))).single());
    }

    @Override
    @Transactional(readOnly = true)
    public Counts counts(CurrentUser caller) {
        return search.counts(caller);
    }

    @Override
    @Transactional
    public PersonFile file(UUID personId, CurrentUser caller, String purpose) {
        Validation v = new Validation();
        Fields.text(v, "purpose", purpose, PURPOSE_MAX);
        v.throwIfInvalid("registry.validation");
        PersonRow person = files.visible(personId, caller);
        jdbc.sql("insert into file_access(id, person_id, reader, read_at, purpose) values (:id, :p, :r, :at, :why)")
                .param("id", UUID.randomUUID()).param("p", personId).param("r", caller.username())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("why", purpose.trim()).update();
        return files.load(person);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessLogEntry> accessLog(UUID personId, CurrentUser caller) {
        files.visible(personId, caller);
        return jdbc.sql("""
                select id, person_id, reader, read_at, purpose from file_access where person_id = :p
                order by read_at desc, id""").param("p", personId)
                .query((rs, n) -> new AccessLogEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5))).list();
    }
}
