package org.custos.registry.web;

import org.custos.identity.Callers;
import org.custos.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The registry's panel on the first screen: how many persons the caller can see are held now, how
 * many of them are untried, how many were released: exact counts, computed once per request.
 * Templates call it as {@code @registryPanel}.
 */
@Component("registryPanel")
public class HomePanel {

    private final Registry registry;

    HomePanel(Registry registry) {
        this.registry = registry;
    }

    /** Exact counts of the persons the signed-in user can see (one query). */
    public Registry.Counts counts() {
        return registry.counts(Callers.current());
    }
}
