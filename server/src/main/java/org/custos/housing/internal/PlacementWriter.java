package org.custos.housing.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a placement decided by {@link PlacementService}: ends the old one, counts, overrides, violations. */
@Component
class PlacementWriter {

    private final JdbcClient jdbc;
    private final HousingSettings settings;

    PlacementWriter(JdbcClient jdbc, HousingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The new placement, and the one it ended (null for a first placement). */
    record Written(UUID placementId, UUID endedId) {
    }

    Written write(HousedPerson person, CellRow cell, Requests.Placement r, List<SeparationRule> overrides,
                  List<String> violations, OffsetDateTime now, String actor) {
        UUID ended = null;
        if (person.cellId() != null) {
            ended = jdbc.sql("""
                    update placement set ended_at = :at, ended_by = :by where person_id = :p and ended_at is null
                    returning id""")
                    .param("at", now).param("by", actor).param("p", person.personId()).query(UUID.class).list()
                    .stream().findFirst().orElse(null);
            jdbc.sql("update cell set population = population - 1 where id = :c").param("c", person.cellId()).update();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement(id, person_id, cell_id, facility_code, started_at, placed_by, reason)
                values (:id, :p, :c, :f, :at, :by, :why)""").param("id", id).param("p", person.personId())
                .param("c", cell.id()).param("f", cell.facilityCode()).param("at", now).param("by", actor)
                .param("why", blankToNull(r.reason())).update();
        jdbc.sql("update cell set population = population + 1 where id = :c").param("c", cell.id()).update();
        jdbc.sql("update housing_person set cell_id = :c, updated_at = :at where person_id = :p")
                .param("c", cell.id()).param("at", now).param("p", person.personId()).update();
        for (SeparationRule rule : overrides) {
            jdbc.sql("""
                    insert into separation_override(id, placement_id, person_id, cell_id, facility_code, rule, reason,
                        overridden_at, overridden_by) values (:id, :pl, :p, :c, :f, :rule, :why, :at, :by)""")
                    .param("id", UUID.randomUUID()).param("pl", id).param("p", person.personId()).param("c", cell.id())
                    .param("f", cell.facilityCode()).param("rule", rule.name()).param("why", r.overrideReason().trim())
                    .param("at", now).param("by", actor).update();
        }
        for (String kind : violations) {
            jdbc.sql("""
                    insert into capacity_violation(id, placement_id, cell_id, facility_code, population_after, bunks,
                        standards, kind, reason, recorded_at, recorded_by)
                    values (:id, :pl, :c, :f, :after, :b, :s, :k, :why, :at, :by)""")
                    .param("id", UUID.randomUUID()).param("pl", id).param("c", cell.id())
                    .param("f", cell.facilityCode()).param("after", cell.population() + 1).param("b", cell.bunks())
                    .param("s", settings.standardsCapacity(cell.floorArea())).param("k", kind)
                    .param("why", r.capacityReason().trim()).param("at", now).param("by", actor).update();
        }
        return new Written(id, ended);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
