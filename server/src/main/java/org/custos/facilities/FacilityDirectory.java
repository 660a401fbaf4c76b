package org.custos.facilities;

import java.util.List;
import java.util.Optional;

/** Looking up and registering facilities. */
public interface FacilityDirectory {

    Optional<Facility> find(String code);

    /** A facility as pages and reports name it: its name; an unknown code as it is; {@code null} for none. */
    default String nameOf(String code) {
        return code == null ? null : find(code).map(Facility::name).orElse(code);
    }

    List<Facility> list();

    /** Registers a facility; refuses an invalid or duplicate one with a problem naming the field. */
    Facility register(Facility facility, String actor);
}
