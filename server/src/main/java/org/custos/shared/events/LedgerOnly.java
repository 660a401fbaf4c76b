package org.custos.shared.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custody event published for the ledger only: no other module keeps data about it. {@link #value} says
 * why (the facts stay in the publishing module, or the module that keeps them is told through its published
 * API in the same transaction). {@code EventListenersTest} fails on an event nobody follows that is not
 * declared so, and on an event that changes a person's facility, custody or dates (see {@link Changes})
 * without a listener in every module that keeps those facts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LedgerOnly {

    String value();
}
