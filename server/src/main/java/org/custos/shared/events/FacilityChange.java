package org.custos.shared.events;

import java.time.OffsetDateTime;

/**
 * A custody event after which a person is held at another facility ({@link #facilityCode()}). Every module
 * that keeps where a person is held follows it, in the publisher's transaction: the registry (the legal
 * record, with an appended history row), housing and sentencing. Listening to this interface instead of
 * the publisher's type keeps the modules free of a dependency cycle (the publisher, movements, depends on
 * housing and the registry).
 */
public interface FacilityChange extends CustodyEvent {

    /** The facility the person was held at. */
    String fromFacility();

    /** When the person arrived at {@link #facilityCode()}. */
    OffsetDateTime arrivedAt();
}
