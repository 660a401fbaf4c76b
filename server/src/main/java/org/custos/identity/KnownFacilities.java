package org.custos.identity;

/**
 * Whether a facility exists, so a user is never scoped to a facility that does not. Implemented by the
 * facilities module (which depends on identity; identity does not depend on it).
 */
public interface KnownFacilities {

    boolean exists(String code);
}
