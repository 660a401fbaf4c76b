package org.custos.registry.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.identity.CurrentUser;
import org.custos.registry.Page;
import org.custos.registry.PersonSummary;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Search over the one {@code person} table: names through the trigram index on the normalized
 * {@code search_name}, documents and booking numbers through their b-tree indexes, status and facility
 * from the denormalized columns. No joins over history.
 */
@Component
class PersonSearch {

    private final NamedParameterJdbcTemplate jdbc;

    PersonSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<PersonSummary> search(SearchQuery q, CurrentUser caller) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Scope.sql(caller, params));
        String[] tokens = Names.normalize(q.text()).split(" ");
        StringBuilder names = new StringBuilder("true");
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].isEmpty()) {
                params.put("t" + i, "%" + Names.likeEscape(tokens[i]) + "%");
                names.append(" and p.search_name like :t").append(i);
            }
        }
        if (Identifiers.looksLikeIdentifier(q.text())) {
            // one box for names, documents and booking numbers: a text with a digit may be either
            params.put("ident", List.copyOf(Identifiers.candidates(q.text())));
            where.append(" and (p.booking_number in (:ident) or p.id in (select d.person_id from identity_document d"
                    + " where d.number in (:ident)) or (").append(names).append("))");
        } else {
            where.append(" and ").append(names);
        }
        if (!Fields.blank(q.document())) {
            params.put("document", List.copyOf(Identifiers.candidates(q.document())));
            where.append(" and p.id in (select d.person_id from identity_document d where d.number in (:document))");
        }
        if (!Fields.blank(q.booking())) {
            params.put("booking", q.booking().trim().toUpperCase(Locale.ROOT));
            where.append(" and p.booking_number = :booking");
        }
        if (q.status() != null) {
            params.put("status", q.status().name());
            where.append(" and p.legal_status = :status");
        }
        if (!Fields.blank(q.facility())) {
            params.put("facility", q.facility().trim());
            where.append(" and p.facility_code = :facility");
        }
        if (!Fields.blank(q.nationality())) {
            params.put("nationality", q.nationality().trim().toUpperCase(Locale.ROOT));
            where.append(" and p.nationality = :nationality");
        }
        if (q.held() != null) {
            params.put("held", q.held());
            where.append(" and p.held = :held");
        }
        params.put("limit", q.size() + 1);
        params.put("offset", (long) q.page() * q.size());
        // The page's keys first (an index-only walk of person_sort_covering), then their rows.
        List<PersonRow> rows = jdbc.query("select " + PersonRow.COLUMNS + " from person p join (select p.id,"
                + " p.sort_name from person p where " + where + " order by p.sort_name, p.id limit :limit offset :offset)"
                + " k on k.id = p.id order by k.sort_name, k.id", params, PersonRow::map);
        boolean hasNext = rows.size() > q.size();
        List<PersonSummary> items = rows.stream().limit(q.size()).map(PersonRow::summary).toList();
        long total;
        if (q.page() == 0 && !hasNext) {
            total = items.size();
        } else {
            params.put("cap", Page.COUNT_LIMIT + 1);
            Long counted = jdbc.queryForObject("select count(*) from (select 1 from person p where " + where
                    + " limit :cap) c", params, Long.class);
            total = counted == null ? 0 : counted;
        }
        boolean exact = total <= Page.COUNT_LIMIT;
        return new Page<>(items, q.page(), q.size(), Math.min(total, Page.COUNT_LIMIT), exact, hasNext);
    }

    /** One pass over the person table (an index-only scan at national scale). */
    Registry.Counts counts(CurrentUser caller) {
        Map<String, Object> params = new HashMap<>();
        String where = Scope.sql(caller, params);
        return jdbc.queryForObject("select count(*) filter (where p.held),"
                + " count(*) filter (where p.held and p.legal_status = 'UNTRIED'),"
                + " count(*) filter (where not p.held) from person p where " + where, params,
                (rs, n) -> new Registry.Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }
}
