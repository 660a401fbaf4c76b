package org.custos.work.web;

import java.util.List;
import org.custos.identity.Callers;
import org.custos.identity.Role;
import org.custos.work.internal.WorkActions;
import org.springframework.stereotype.Component;

/** The work manager's panel on the first screen: what needs action now. {@code @workPanel}. */
@Component("workPanel")
public class WorkPanel {

    private final WorkActions actions;

    WorkPanel(WorkActions actions) {
        this.actions = actions;
    }

    public boolean visible() {
        return Callers.current().has(Role.WORK_MANAGER);
    }

    public List<WorkActions.Roster> rosters() {
        return actions.rostersNotRecorded(Callers.current());
    }

    public long pending() {
        return actions.pendingCertification(Callers.current());
    }

    public List<WorkActions.Absent> notAttending() {
        return actions.notAttending(Callers.current());
    }
}
