package org.custos.housing.internal;

import java.util.List;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Housing's panel on the first screen: headcount discrepancies not yet cleared by a later agreeing
 * count, the latest separation overrides and placements over capacity, in the caller's facilities.
 * Templates call it as {@code @housingPanel}.
 */
@Component("housingPanel")
public class HousingPanel {

    private static final int SHOWN = 10;
    private final CellQueries cells;

    HousingPanel(CellQueries cells) {
        this.cells = cells;
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
