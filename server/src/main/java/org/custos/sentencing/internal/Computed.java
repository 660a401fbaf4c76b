package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.custos.releasedates.result.Alert;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateNames;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.PretrialResult;
import org.custos.releasedates.result.TermResult;

/** One person's engine result and the dates kept in columns for the alert queries. */
record Computed(UUID personId, CaseResult result, String json, LocalDate release, LocalDate fullTerm,
                LocalDate conditionalRelease, LocalDate pretrialLimit, LocalDate pretrialOverride, String alerts) {

    static Computed of(UUID personId, CaseResult r, String json) {
        LocalDate full = null, conditional = null, limit = null, override = null;
        Set<String> alerts = new LinkedHashSet<>();
        for (TermResult t : r.terms()) {
            full = later(full, date(t.date(DateNames.FULL_TERM)));
            conditional = later(conditional, date(t.date("CONDITIONAL_RELEASE")));
            for (Alert a : t.alerts()) alerts.add(a.code());
        }
        for (PretrialResult p : r.pretrial()) {
            for (DateResult d : p.dates()) {
                if (DateNames.PROVISIONAL_DETENTION_LIMIT.equals(d.name())) limit = d.date();
                if (DateNames.PROVISIONAL_DETENTION_LIMIT_OVERRIDE.equals(d.name())) override = d.date();
            }
            for (Alert a : p.alerts()) alerts.add(a.code());
        }
        return new Computed(personId, r, json, r.release(), full, conditional, limit, override,
                alerts.isEmpty() ? null : String.join(",", alerts));
    }

    private static LocalDate date(DateResult d) {
        return d == null ? null : d.date();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
