package org.custos.shared.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The facts about a person a custody event changes. Every module that keeps one of these facts must follow
 * the event (a listener, in the publisher's transaction); {@code EventListenersTest} holds the list of which
 * module keeps which fact. A {@link FacilityChange} changes {@link Fact#FACILITY} without saying so.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Changes {

    Fact[] value();

    enum Fact {
        /** Where the person is held. */
        FACILITY,
        /** Legal status (untried, convicted, held for another state, ...). */
        LEGAL_STATUS,
        /** Whether the person is held at all (admission, release). */
        CUSTODY,
        /** Release dates and provisional-detention limits. */
        RELEASE_DATES
    }
}
