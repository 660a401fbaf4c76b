package org.custos.gate.web;

import java.util.List;
import org.custos.gate.internal.EntryRow;
import org.custos.gate.internal.GateQueries;
import org.custos.gate.internal.GateScope;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.springframework.stereotype.Component;

/** The gate's panel on the first screen: people still inside after the end of the day. {@code @gatePanel}. */
@Component("gatePanel")
public class GatePanel {

    private final GateQueries queries;
    private final GateScope scope;

    GatePanel(GateQueries queries, GateScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    public boolean visible() {
        CurrentUser c = Callers.current();
        return c.has(Role.WARDEN) || c.has(Role.CUSTODY_OFFICER) || c.has(Role.MONITOR) || c.has(Role.ADMINISTRATOR);
    }

    public List<EntryRow> overdue() {
        return queries.overdue(scope.visible(Callers.current()), 20);
    }
}
