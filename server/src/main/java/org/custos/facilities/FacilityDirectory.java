package org.custos.facilities;

import java.util.List;
import java.util.Optional;

/** Looking up and registering facilities. */
public interface FacilityDirectory {

    Optional<Facility> find(String code);

    List<Facility> list();

    /** Registers a facility; refuses an invalid or duplicate one with a problem naming the field. */
    Facility register(Facility facility, String actor);
}
