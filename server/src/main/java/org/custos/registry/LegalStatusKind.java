package org.custos.registry;

/** The legal basis on which a person is held. */
public enum LegalStatusKind {
    /** Pre-trial: provisional detention ordered by a court. */
    UNTRIED,
    CONVICTED,
    /** Convicted in another state and held here under an agreement; the state is required. */
    HELD_FOR_ANOTHER_STATE,
    IMMIGRATION_DETENTION,
    /** Administrative detention under a state of exception; the decree number is required. */
    ADMINISTRATIVE_STATE_OF_EXCEPTION
}
