package org.custos.housing.internal;

import java.util.Comparator;
import java.util.List;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Housing's panel on the first screen: the facilities over their standards capacity (worst first, with
 * their rates against declared and working capacity too), headcount discrepancies not yet cleared by a
 * later agreeing count, the latest separation overrides and placements authorised over capacity, in the
 * caller's facilities.
 * Templates call it as {@code @housingPanel}.
 */
@Component("housingPanel")
public class HousingPanel {

    private static final int SHOWN = 10;
    private final CellQueries cells;
    private final CapacityQueries capacity;

    HousingPanel(CellQueries cells, CapacityQueries capacity) {
        this.cells = cells;
        this.capacity = capacity;
    }

    /** Facilities whose population is over their standards capacity, the most crowded first. */
    public List<?> overCapacity() {
        return capacity.national(Callers.current()).facilities().stream()
                .filter(c -> c.standardsRate() != null && c.standardsRate() > 100)
                .sorted(Comparator.comparing(Capacity::standardsRate).reversed())
                .limit(SHOWN).toList();
    }

    /** Everyone who may read capacity (not liaisons). */
    public boolean visible() {
        CurrentUser c = Callers.current();
        return !c.roles().isEmpty() && !(c.roles().size() == 1 && c.has(Role.LIAISON));
    }

    public List<?> discrepancies() {
        return cells.discrepancies(Callers.current(), SHOWN);
    }

    public List<?> overrides() {
        return cells.overrides(null, Callers.current(), SHOWN);
    }

    public List<?> violations() {
        return cells.violations(Callers.current(), SHOWN);
    }
}
