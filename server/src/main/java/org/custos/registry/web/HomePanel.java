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

    /** One count: the number, and whether it is exact. */
    public record Count(long value, boolean exact) {
    }

    private final Registry registry;

    HomePanel(Registry registry) {
        this.registry = registry;
    }

    public Count held() {
        return new Count(counts().held(), true);
    }

    public Count untried() {
        return new Count(counts().untried(), true);
    }

    public Count released() {
        return new Count(counts().released(), true);
    }

    private Registry.Counts counts() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
        Object cached = attributes.getAttribute("registryCounts", 0);
        if (cached instanceof Registry.Counts c) {
            return c;
        }
        Registry.Counts c = registry.counts(Callers.current());
        attributes.setAttribute("registryCounts", c, 0);
        return c;
    }
}
