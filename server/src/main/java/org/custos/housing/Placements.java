package org.custos.housing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.shared.events.WrittenRows;

/** The rows a placement writes, named by {@link PersonPlaced} and {@link PersonMoved}. */
final class Placements {

    private Placements() {
    }

    static List<WrittenRows> rows(UUID person, UUID placement, UUID ended, List<String> overrides,
                                  List<String> violations) {
        List<WrittenRows> rows = new ArrayList<>(List.of(WrittenRows.row("placement", placement),
                new WrittenRows("housing_person", "person_id", person)));
        if (ended != null) {
            rows.add(WrittenRows.row("placement", ended));
        }
        if (overrides != null && !overrides.isEmpty()) {
            rows.add(new WrittenRows("separation_override", "placement_id", placement));
        }
        if (violations != null && !violations.isEmpty()) {
            rows.add(new WrittenRows("capacity_violation", "placement_id", placement));
        }
        return rows;
    }
}
