package org.custos.housing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.housing.PersonMoved;
import org.custos.housing.PersonPlaced;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing a person in a cell, or moving them to another cell of the same facility. Locks the
 * person's row, then the cells in id order ({@code select ... for update}), so that concurrent
 * placements never lose a count and never deadlock; checks separation and capacity under the lock.
 */
@Service
public class PlacementService {

    static final int TEXT_MAX = 1000;
    private final JdbcClient jdbc;
    private final PersonFacts facts;
    private final HousingSettings settings;
    private final PlacementWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlacementService(JdbcClient jdbc, PersonFacts facts, HousingSettings settings, PlacementWriter writer,
                     ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.settings = settings;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /** The outcome: the new placement, and whether it was a move. */
    public record Placed(UUID placementId, UUID cellId, boolean moved, List<String> overrides, List<String> violations) {
    }

    @Transactional
    public Placed place(Requests.Placement r, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(r.personId() == null, "personId", "required");
        v.rejectIf(r.cellId() == null, "cellId", "required");
        text(v, "reason", r.reason());
        text(v, "overrideReason", r.overrideReason());
        text(v, "capacityReason", r.capacityReason());
        v.throwIfInvalid("housing.validation");
        HousedPerson person = lockPerson(r.personId());
        if (person == null || (caller != null && !caller.mayActIn(person.facilityCode()))) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("personId", "housing.person.unknown"));
        }
        if (!person.held()) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("personId", "housing.person.released"));
        }
        if (person.outSince() != null) {
            throw ProblemException.conflict("housing.person.out", FieldProblem.of("personId", "housing.person.out"));
        }
        if (person.sex() == null || person.dateOfBirth() == null) {
            facts.resolve(person.personId(), person.bookingNumber());
            person = lockPerson(r.personId());
        }
        CellRow cell = lockCells(person.cellId(), r.cellId());
        if (cell == null || (caller != null && !caller.mayActIn(cell.facilityCode()))) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("cellId", "housing.cell.unknown"));
        }
        if (!cell.facilityCode().equals(person.facilityCode())) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("cellId", "housing.cell.other-facility"));
        }
        if (!cell.inService()) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("cellId", "housing.cell.out-of-service"));
        }
        if (cell.id().equals(person.cellId())) {
            throw ProblemException.conflict("housing.already-there", FieldProblem.of("cellId", "housing.already-there"));
        }
        List<SeparationRule> overrides = separation(person, cell, r, caller);
        List<String> violations = capacity(cell, r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = caller == null ? "system" : caller.username();
        PlacementWriter.Written written = writer.write(person, cell, r, overrides, violations, now, actor);
        UUID placementId = written.placementId();
        List<String> overrideNames = overrides.stream().map(Enum::name).toList();
        if (person.cellId() == null) {
            events.publishEvent(new PersonPlaced(UUID.randomUUID(), person.personId(), placementId, cell.id(),
                    cell.code(), cell.facilityCode(), overrideNames, violations, actor, now));
        } else {
            events.publishEvent(new PersonMoved(UUID.randomUUID(), person.personId(), placementId, written.endedId(), person.cellId(),
                    cell.id(), cell.code(), cell.facilityCode(), overrideNames, violations, actor, now));
        }
        return new Placed(placementId, cell.id(), person.cellId() != null, overrideNames, violations);
    }

    private List<SeparationRule> separation(HousedPerson person, CellRow cell, Requests.Placement r, CurrentUser caller) {
        LocalDate today = LocalDate.now(clock);
        List<Separation.Profile> occupants = jdbc.sql("""
                select distinct sex, case when date_of_birth is null then null
                    else date_of_birth > cast(:adult as date) end, legal_status, classification
                from housing_person where cell_id = :c and person_id <> :p""")
                .param("adult", today.minusYears(18)).param("c", cell.id()).param("p", person.personId())
                .query((rs, n) -> new Separation.Profile(rs.getString(1), (Boolean) rs.getObject(2), rs.getString(3),
                        rs.getString(4))).list();
        Set<SeparationRule> broken = Separation.breaches(person.profile(today), occupants, settings);
        List<FieldProblem> refused = new ArrayList<>();
        List<SeparationRule> overridden = new ArrayList<>();
        boolean reasoned = r.overrideReason() != null && !r.overrideReason().isBlank();
        for (SeparationRule rule : broken) {
            if (settings.overridable(rule) && reasoned) {
                overridden.add(rule);
            } else {
                refused.add(FieldProblem.of("cellId", rule.code()));
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.conflict("housing.separation", refused.toArray(FieldProblem[]::new));
        }
        if (!overridden.isEmpty() && (caller == null || !caller.has(Role.WARDEN))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "housing.override-forbidden",
                    List.of(FieldProblem.of("overrideReason", "housing.override.warden-only")));
        }
        return overridden;
    }

    private List<String> capacity(CellRow cell, Requests.Placement r) {
        int after = cell.population() + 1;
        List<String> kinds = new ArrayList<>();
        if (after > cell.bunks()) {
            kinds.add("BUNKS");
        }
        if (after > settings.standardsCapacity(cell.floorArea())) {
            kinds.add("STANDARDS");
        }
        if (!kinds.isEmpty() && (r.capacityReason() == null || r.capacityReason().isBlank())) {
            throw ProblemException.conflict("housing.over-capacity",
                    FieldProblem.of("capacityReason", "housing.over-capacity", after, cell.bunks(),
                            settings.standardsCapacity(cell.floorArea())));
        }
        return kinds;
    }

    private HousedPerson lockPerson(UUID id) {
        return jdbc.sql("select " + HousedPerson.COLUMNS + " from housing_person hp where person_id = :p for update")
                .param("p", id).query(HousedPerson::map).optional().orElse(null);
    }

    /** Locks the current and the target cell in id order; returns the target (null if unknown). */
    private CellRow lockCells(UUID current, UUID target) {
        List<UUID> ids = current == null ? List.of(target) : List.of(current, target);
        List<CellRow> rows = jdbc.sql("select " + CellRow.COLUMNS + " from cell c where id in (:ids) order by id for update")
                .param("ids", ids).query(CellRow::map).list();
        return rows.stream().filter(c -> c.id().equals(target)).findFirst().orElse(null);
    }

    private static void text(Validation v, String field, String value) {
        org.custos.shared.web.Bounds.text(v, field, value, TEXT_MAX);
    }
}
