package org.custos.registry;

import java.util.List;
import java.util.UUID;
import org.custos.identity.CurrentUser;

/**
 * Reading the registry, always as somebody: what a caller sees is scoped by {@link CurrentUser}.
 * <ul>
 * <li>national staff and monitors see every person;</li>
 * <li>facility-scoped staff see persons whose current (or, once released, last) admission is in one
 * of their facilities;</li>
 * <li>a liaison of another state sees persons of its nationality and persons held for its state.</li>
 * </ul>
 * A person outside the caller's scope does not exist for that caller: {@link #file} answers a 404
 * problem {@code registry.not-found}, exactly as for an unknown id.
 */
public interface Registry {

    /**
     * Searches persons. Names match case- and accent-insensitively, by parts of any of the given
     * names, either surname or an alias ("garcia jose" finds "José Antonio García Pérez"). Not logged.
     */
    Page<PersonSummary> search(SearchQuery query, CurrentUser caller);

    /**
     * The whole file of a person. Every call is logged (who, when, the stated {@code purpose}),
     * before the file is returned; a blank purpose is refused (422, field {@code purpose}).
     */
    PersonFile file(UUID personId, CurrentUser caller, String purpose);

    /**
     * The person as a line of a search result, if the caller may see them; empty otherwise (exactly as
     * for an unknown id). One query; not logged, since it does not read the file — use it to check
     * scope before acting on a person, and {@link #file} to show the file.
     */
    java.util.Optional<PersonSummary> find(UUID personId, CurrentUser caller);

    /**
     * {@link #find} for many persons in one query (a cell's occupants): those of {@code personIds} the caller may
     * see, by id; the others are absent. Not logged, like a search result.
     */
    java.util.Map<UUID, PersonSummary> findAll(java.util.Collection<UUID> personIds, CurrentUser caller);

    /**
     * When the person's custody began and, if they are not held now, when it ended ({@link CustodySpan}); scoped
     * and not logged like {@link #find}. Empty exactly when {@link #find} is.
     */
    java.util.Optional<CustodySpan> custodySpan(UUID personId, CurrentUser caller);

    /** Who read a person's file, newest first. Scoped like {@link #file}; not itself logged. */
    List<AccessLogEntry> accessLog(UUID personId, CurrentUser caller);

    /** Exact counts of the persons the caller can see: held now, untried among them, released. */
    Counts counts(CurrentUser caller);

    /** Exact counts for the first screen. */
    record Counts(long held, long untried, long released) {
    }
}
