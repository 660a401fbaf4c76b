package org.custos.sentencing.web;

import org.custos.identity.Callers;
import org.custos.identity.Role;
import org.custos.sentencing.internal.AlertQueries;
import org.springframework.stereotype.Component;

/** The warden's first-screen panel: people held past their release date ({@code @sentencingPanel}). */
@Component("sentencingPanel")
public class SentencingPanel {

    private final AlertQueries alerts;

    SentencingPanel(AlertQueries alerts) {
        this.alerts = alerts;
    }

    public boolean visible() {
        var c = Callers.current();
        return c.has(Role.WARDEN) || c.has(Role.SENTENCE_ADMINISTRATOR) || c.has(Role.RECORDS_CLERK) || c.has(Role.MONITOR);
    }

    public AlertQueries.Counts counts() {
        return alerts.counts(Callers.current());
    }
}
