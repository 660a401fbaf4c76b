package org.custos.registry.web;

import org.custos.identity.Callers;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.Page;
import org.custos.registry.Registry;
import org.custos.registry.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * The registry's panel on the first screen: how many persons the caller can see are held now, how
 * many of them are untried, how many were released. Counts stop at {@link Page#COUNT_LIMIT}
 * (shown as "10 000+"). Templates call it as {@code @registryPanel}.
 */
@Component("registryPanel")
public class HomePanel {

    /** One count: the number, and whether it is exact. */
    public record Count(long value, boolean exact) {
    }

    private final Registry registry;

    HomePanel(Registry registry) {
        this.registry = registry;
    }

    public Count held() {
        return count(null, true);
    }

    public Count untried() {
        return count(LegalStatusKind.UNTRIED, true);
    }

    public Count released() {
        return count(null, false);
    }

    private Count count(LegalStatusKind status, boolean held) {
        Page<?> page = registry.search(new SearchQuery(null, null, null, status, null, held, 0, 1), Callers.current());
        return new Count(page.total(), page.totalExact());
    }
}
