package org.custos.registry.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What admission needs from the database, fetched once per batch, and the booking numbers. */
@Component
class AdmissionLookups {

    private final JdbcClient jdbc;
    private final FacilityDirectory facilities;
    private final org.custos.shared.web.Bounds bounds;

    AdmissionLookups(JdbcClient jdbc, FacilityDirectory facilities, org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.facilities = facilities;
    }

    /**
     * Holds, until the transaction ends, a lock per identity document the admissions name, so admissions of one
     * document at once (single or bulk, API or CSV) are decided one after the other: the later ones then see it
     * taken and are refused exactly as a later retry is, instead of failing on the unique index. The locks are
     * taken in one statement in ascending order of their key, so two bulk admissions cannot deadlock. A bulk chunk
     * of n documents holds n locks: the embedded database raises {@code max_locks_per_transaction}
     * (docs/operations.md says what an external one needs).
     */
    void lockDocuments(List<AdmissionRequest> requests) {
        String[] keys = requests.stream().filter(r -> r != null && r.person() != null && r.person().documents() != null)
                .flatMap(r -> r.person().documents().stream())
                .filter(d -> d != null && d.type() != null && d.number() != null)
                .map(Documents::normalize).map(d -> d.type().name() + "|" + d.number() + "|" + d.issuingCountry())
                .distinct().toArray(String[]::new);
        if (keys.length == 0) {
            return;
        }
        // The subquery orders the keys; the outer aggregate then locks them in that order (the pattern the
        // PostgreSQL manual gives for advisory locks over a query).
        jdbc.sql("select count(pg_advisory_xact_lock(1003, h)) from (select distinct hashtext(k) as h"
                        + " from unnest(cast(:keys as text[])) as k order by h) as ordered")
                .param("keys", keys).query(Long.class).single();
    }

    AdmissionValidator.Context context(List<AdmissionRequest> requests, OffsetDateTime now, CurrentUser caller,
                                       Set<Documents.Key> seen) {
        Map<String, Boolean> known = new ConcurrentHashMap<>();
        return new AdmissionValidator.Context(now, bounds,
                code -> known.computeIfAbsent(code, c -> facilities.find(c).isPresent()), caller,
                persons(requests.stream().map(AdmissionRequest::existingPersonId).filter(id -> id != null).toList()),
                takenDocuments(requests), seen);
    }

    Map<UUID, PersonRow> persons(List<UUID> ids) {
        Map<UUID, PersonRow> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select " + PersonRow.COLUMNS + " from person p where p.id = any(:ids)")
                    .param("ids", ids.toArray(UUID[]::new)).query(PersonRow::map).list()
                    .forEach(p -> out.put(p.id(), p));
        }
        return out;
    }

    /** The document keys of these requests that some person in the registry already holds. */
    private Set<Documents.Key> takenDocuments(List<AdmissionRequest> requests) {
        Set<String> numbers = new HashSet<>();
        for (AdmissionRequest r : requests) {
            if (r.person() != null) {
                PersonValidator.normalizedDocuments(r.person()).stream().map(IdentityDocument::number)
                        .filter(n -> n != null).forEach(numbers::add);
            }
        }
        Set<Documents.Key> taken = new HashSet<>();
        if (!numbers.isEmpty()) {
            jdbc.sql("select type, number, issuing_country from identity_document where number = any(:n)")
                    .param("n", numbers.toArray(String[]::new))
                    .query((rs, i) -> new Documents.Key(DocumentType.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getString(3)))
                    .list().forEach(taken::add);
        }
        return taken;
    }

    /** {@code count} new booking numbers, {@code SV-<year>-<6 or more digits>}. */
    List<String> bookingNumbers(int count, int year) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('booking_number_seq') from generate_series(1, :n)").param("n", count)
                .query((rs, i) -> String.format("SV-%d-%06d", year, rs.getLong(1))).list();
    }

    Map<UUID, String> bookingNumbersOf(List<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        persons(ids).values().forEach(p -> out.put(p.id(), p.bookingNumber()));
        return out;
    }
}
