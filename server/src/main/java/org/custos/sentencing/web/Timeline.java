package org.custos.sentencing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.custos.sentencing.internal.PersonRecords;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.TermResult;

/** The dates of a person's sentence in order, for the timeline on the sentence page. */
public record Timeline(LocalDate date, String what) {

    static List<Timeline> of(PersonRecords r, Object result) {
        List<Timeline> out = new ArrayList<>();
        for (PersonRecords.SentenceRow s : r.sentences()) {
            if (s.offenceDate() != null) out.add(new Timeline(s.offenceDate(), "OFFENCE"));
            if (s.startDate() != null) out.add(new Timeline(s.startDate(), "START"));
        }
        for (PersonRecords.IntervalRow i : r.custody()) out.add(new Timeline(i.from(), "CUSTODY_FROM"));
        if (result instanceof CaseResult c) {
            for (TermResult t : c.terms()) {
                for (DateResult d : t.dates()) if (d.date() != null) out.add(new Timeline(d.date(), d.name()));
            }
            for (var p : c.pretrial()) {
                for (DateResult d : p.dates()) if (d.date() != null) out.add(new Timeline(d.date(), d.name()));
            }
        }
        out.sort(Comparator.comparing(Timeline::date));
        return out;
    }
}
